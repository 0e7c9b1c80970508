/**
 * What the checklist engine returns. The UI (检查清单 panel), the CLI and the export dialog all read these.
 */

/**
 * A place in the report. `sectionId` is a section's id, or one of the pseudo-ids below for text that
 * lives outside the sections. `offset` and `length` count UTF-16 units of the block's plain text.
 * `blockIndex` -1 means the section's own heading line (only extra sections have editable headings).
 */
export interface Evidence {
  sectionId: string;
  blockIndex: number;
  offset: number;
  length: number;
}

/** Pseudo section ids for evidence and lint edits outside the sections. */
export const PREAMBLE_ID = '@preamble';
export const TITLE_ID = '@title';
export const SIGNATURE_ID = '@signature';
export const DATE_ID = '@date';
export const DOC_NUMBER_ID = '@docNumber';

/** na: the item cannot apply to this report (照搬去年内容 with no earlier report): 不适用. */
export type ItemStatus = 'pass' | 'fail' | 'warn' | 'manual' | 'na';

export interface ItemResult {
  id: string;
  title: string;
  status: ItemStatus;
  /** The outline number of the item's section as the report shows it ("五"), or null for the whole report. */
  section: string | null;
  /** Chinese: what was found, or what is missing and what would satisfy it. */
  message: string;
  /** Where the item is met, or where it belongs when missing (the section's start). */
  evidence: Evidence[];
  /** Present when a person confirmed the item by hand (report.confirmations). */
  confirmed?: { note: string; by: string; at: string };
}

/** The outcome of one rule over its scope. */
export interface RuleOutcome {
  ok: boolean;
  /** A failed rule that only asks for a look (e.g. a 成文日期 inside the report year): the item warns. */
  soft?: boolean;
  /** The rule cannot apply to this report (no earlier report to compare with): the item is 不适用. */
  na?: boolean;
  message: string;
  evidence: Evidence[];
}
