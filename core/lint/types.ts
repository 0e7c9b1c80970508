/**
 * 公文 lint findings and their fixes. A fix is a list of plain-text edits; `applyFixes` applies them and
 * changes nothing else.
 */

/**
 * One replacement in the plain text of a block (or of a metadata field, see core/check/types.ts ids).
 * `blockIndex` -1 is the section's own heading as the unit wrote it (Section.heading).
 */
export interface LintEdit {
  sectionId: string;
  blockIndex: number;
  offset: number;
  length: number;
  replacement: string;
}

export type LintRule =
  | 'half-width-punct'
  | 'unpaired-mark'
  | 'bad-nesting'
  | 'ellipsis'
  | 'dash'
  | 'stray-space'
  | 'heading-skip'
  | 'heading-number-typed'
  | 'heading-as-text'
  | 'mixed-numbering'
  | 'date-format'
  | 'doc-number'
  | 'heading-wording'
  | 'gangyao-years'
  | 'angle-in-title'
  | 'title-organ'
  | 'duplicate-heading-number';

export interface LintFinding {
  rule: LintRule;
  /** Chinese, for the clerk. */
  message: string;
  sectionId: string;
  blockIndex: number;
  offset: number;
  length: number;
  /** Present only where the fix is safe (changes nothing but the marked text). */
  fix?: { edits: LintEdit[] };
  /**
   * The fix replaces a choice of the unit's (a heading worded otherwise than the outline, no wrong
   * year): offered one at a time, never part of the app's 全部修正.
   */
  ownChoice?: true;
}
