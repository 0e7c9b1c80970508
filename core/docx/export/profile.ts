/**
 * The GB/T 9704-2012 format profile: every number the exporter uses, read from gbt9704-profile.json
 * (data, each value with its clause; its schema in profile-schema.ts). Unit helpers convert with rounding to nearest,
 * as the standard's millimetres must land on the twips Word and WPS expect (37 mm → 2098, not 2097).
 */
import type { z } from 'zod';
import raw from './gbt9704-profile.json';
import type { FontProfile } from '../../api/contract';
import type { FormatProfileSchema } from './profile-schema';

export type FormatProfile = z.infer<typeof FormatProfileSchema>;
export type FontRole = keyof FormatProfile['fonts']['gb2312'];
export type FontSpec = FormatProfile['fonts']['gb2312']['fang'];

/**
 * The shipped profile. Its shape is checked by the compiler here (the JSON's type must fit
 * FormatProfile) and in full by profile-schema.test.ts (FormatProfileSchema: strict keys, non-empty
 * clauses); it is shipped data, not input, so it is not parsed again at every start (it was ~10 ms of a
 * fresh `gwdraft export`, zod running cold).
 */
const SHIPPED: FormatProfile = raw;

/** The shipped profile (GB/T 9704-2012). */
export function gbt9704Profile(): FormatProfile {
  return SHIPPED;
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
