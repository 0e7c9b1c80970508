/**
 * The GB/T 9704-2012 format profile: every number the exporter uses, read from gbt9704-profile.json
 * (data, each value with its clause) and checked once. Unit helpers convert with rounding to nearest,
 * as the standard's millimetres must land on the twips Word and WPS expect (37 mm → 2098, not 2097).
 */
import { z } from 'zod';
import raw from './gbt9704-profile.json';
import type { FontProfile } from '../../api/contract';

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
export type FormatProfile = z.infer<typeof FormatProfileSchema>;
export type FontRole = keyof FormatProfile['fonts']['gb2312'];
export type FontSpec = FormatProfile['fonts']['gb2312']['fang'];

let cached: FormatProfile | null = null;

/** The shipped profile, validated on first use. */
export function gbt9704Profile(): FormatProfile {
  cached ??= FormatProfileSchema.parse(raw);
  return cached;
}

export function fontsFor(profile: FormatProfile, which: FontProfile): Record<FontRole, FontSpec> {
  return profile.fonts[which];
}

/** Millimetres to twips, rounded to the nearest (the docx library's helper rounds down). */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Page geometry in twips, derived once from the profile. */
export interface PageGeometry {
  width: number;
  height: number;
  top: number;
  left: number;
  right: number;
  bottom: number;
  /** Width and height of the text block (版心). */
  textWidth: number;
  textHeight: number;
  /** Width of one body character: 16 pt plus the negative character spacing. */
  bodyCharTwips: number;
}

export function pageGeometry(p: FormatProfile): PageGeometry {
  const width = mmToTwips(p.page.widthMm.value);
  const left = mmToTwips(p.page.marginLeftMm.value);
  const right = mmToTwips(p.page.marginRightMm.value);
  const height = mmToTwips(p.page.heightMm.value);
  const top = mmToTwips(p.page.marginTopMm.value);
  const bottom = mmToTwips(p.page.marginBottomMm.value);
  return {
    width,
    height,
    top,
    left,
    right,
    bottom,
    textWidth: width - left - right,
    textHeight: height - top - bottom,
    bodyCharTwips: ptToTwips(p.type.bodyPt.value) + p.grid.charSpacingTwips.value,
  };
}
