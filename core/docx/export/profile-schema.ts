/**
 * The schema of the GB/T 9704-2012 format profile (gbt9704-profile.json): every number with its clause.
 * Checked against the shipped JSON by profile-schema.test.ts; profile.ts takes its type from here.
 */
import { z } from 'zod';

const Num = z.object({ value: z.number(), clause: z.string().min(1), note: z.string().optional() }).strict();
const Bool = z
  .object({ value: z.boolean(), clause: z.string().min(1), note: z.string().optional() })
  .strict();
const Str = z.object({ value: z.string(), clause: z.string().min(1), note: z.string().optional() }).strict();
const Font = z
  .object({ name: z.string().min(1), fallbacks: z.array(z.string().min(1)), clause: z.string().min(1) })
  .strict();
const FontSet = z.object({ fang: Font, kai: Font, hei: Font, title: Font, song: Font }).strict();

export const FormatProfileSchema = z.object({
  $comment: z.string().optional(),
  page: z.object({
    widthMm: Num,
    heightMm: Num,
    marginTopMm: Num,
    marginLeftMm: Num,
    marginRightMm: Num,
    marginBottomMm: Num,
    headerDistanceMm: Num,
  }),
  grid: z.object({
    linesPerPage: Num,
    charsPerLine: Num,
    linePitchTwips: Num,
    charSpacingTwips: Num,
    widowControl: Bool,
    keepHeadingsWithNext: Bool,
  }),
  type: z.object({
    bodyPt: Num,
    titlePt: Num,
    pageNumberPt: Num,
    closingBlockPt: Num,
    mastheadMaxPt: Num,
    commentPt: Num,
    mastheadLineFactor: Num,
    pageNumberLineFactor: Num,
  }),
  body: z.object({ firstLineChars: Num, boldLevel3Default: Bool }),
  title: z.object({ blankLinesAfter: Num, blankLinesAfterRedLine: Num, maxLines: Num }),
  signature: z.object({
    blankLinesBefore: Num,
    rightIndentChars: Num,
    dateShiftChars: Num,
    sealBlankLinesBefore: Num,
    sealDateRightIndentChars: Num,
    jointSealCentreChars: Num,
    jointSealRowGapLines: Num,
  }),
  attachments: z.object({ noteBlankLinesBefore: Num, noteIndentChars: Num, titleLine: Num }),
  pageNumber: z.object({ sideIndentChars: Num, dashBelowTextMm: Num, format: Str }),
  masthead: z.object({
    topFromTextBlockMm: Num,
    color: Str,
    docNumberBlankLines: Num,
    sideIndentChars: Num,
    redLineBelowMm: Num,
    redLineEighthsPt: Num,
  }),
  closingBlock: z.object({
    outerLineEighthsPt: Num,
    innerLineEighthsPt: Num,
    sideIndentChars: Num,
    construction: Str,
  }),
  fonts: z.object({ gb2312: FontSet, win10: FontSet }),
  titleBreaks: z.object({
    $comment: z.string().optional(),
    afterSuffixes: z.array(z.string().min(1)),
    beforePrefixes: z.array(z.string().min(1)),
    words: z.array(z.string().min(2)),
  }),
});
