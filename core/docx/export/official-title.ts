/**
 * The title's lines as the official document prints them (22 pt across the text block, broken into a
 * trapezoid by breakTitle). One function for the exporter and the editor, so the page on screen breaks
 * the title exactly where the DOCX will.
 */
import { gbt9704Profile, pageGeometry, ptToTwips, type FormatProfile } from './profile';
import { breakTitle } from './title-lines';

export function officialTitleLines(
  title: string,
  org: string | null,
  profile: FormatProfile = gbt9704Profile(),
): { lines: string[]; hardBreaks: boolean } {
  const capacity = Math.floor(pageGeometry(profile).textWidth / ptToTwips(profile.type.titlePt.value));
  return breakTitle(title, capacity, profile.titleBreaks, org, profile.title.maxLines.value);
}
