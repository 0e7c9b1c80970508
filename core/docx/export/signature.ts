/**
 * Where 署名 and 成文日期 go, as right indents in twips (the 署名 is right-aligned).
 * 7.3.5.2 (no seal): 署名 2 characters from the right; the date on the next line starting 2 characters
 * right of the 署名's first character; if the date is the longer, the date keeps 2 characters from the
 * right and the 署名 moves left. 7.3.5.1 (seal): the date 4 characters from the right, the 署名 centred
 * over the date.
 *
 * The date's printed width is not its characters' count: Word and LibreOffice space its digits off the
 * Chinese (autoSpaceDN) and a face's digits need not be half an em, so "2024年12月12日", 7 em by count,
 * prints about 8.4 em wide. Estimated as a title line is (titleWidth); and without a seal the date is
 * written from its first character (dateStart, left-aligned), which is where 7.3.5.2 places it, so the
 * estimate only decides which of the two is the longer.
 */
import { emWidth, titleWidth } from './title-lines';
import type { FormatProfile } from './profile';

export interface SignatureLayout {
  signatureRight: number;
  dateRight: number;
  /** Without a seal: where the date's first character is, in twips from the right edge. */
  dateStart: number;
  blankLinesBefore: number;
}

export function signatureLayout(
  p: FormatProfile,
  signature: string,
  date: string,
  seal: boolean,
  charTwips: number,
): SignatureLayout {
  const ws = emWidth(signature);
  const wd = titleWidth(date);
  const s = p.signature;
  if (seal) {
    const dateRight = s.sealDateRightIndentChars.value;
    const sigRight = Math.max(0, dateRight + (wd - ws) / 2);
    return {
      signatureRight: Math.round(sigRight * charTwips),
      dateRight: Math.round(dateRight * charTwips),
      dateStart: Math.round((dateRight + wd) * charTwips),
      blankLinesBefore: s.sealBlankLinesBefore.value,
    };
  }
  const right = s.rightIndentChars.value;
  const shift = s.dateShiftChars.value;
  // date start = signature start + shift; measured from the right edge: dateRight = sigRight + ws − shift − wd
  let sigRight = right;
  let dateRight = sigRight + ws - shift - wd;
  if (dateRight < right) {
    dateRight = right;
    sigRight = dateRight + wd + shift - ws;
  }
  return {
    signatureRight: Math.round(sigRight * charTwips),
    dateRight: Math.round(dateRight * charTwips),
    dateStart: Math.round((sigRight + ws - shift) * charTwips),
    blankLinesBefore: s.blankLinesBefore.value,
  };
}
