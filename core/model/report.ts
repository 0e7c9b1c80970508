/**
 * The report model and its schema. One report = one `.gwdraft` file.
 * Everything a file holds is validated by these schemas on load; see core/draft for the file format.
 */
import { z } from 'zod';
import { blockSchemas } from './content';
import { TemplateSchema } from '../templates/schema';

export const SCHEMA_VERSION = 2;

/** A real calendar date written YYYY-MM-DD (2024-02-29 yes, 2023-02-29 and 2024-13-45 no). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * An ISO 8601 date-time as JavaScript and Word write it: a real date, `T`, hours and minutes, optional
 * seconds and fraction, optional zone (`Z` or ±HH:MM). "not-a-date" and "2024-13-45T00:00" are not.
 */
export function isIsoDateTime(s: string): boolean {
  const m =
    /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?$/.exec(s);
  if (!m || !isIsoDate(m[1]!)) return false;
  const [h, min, sec, zh, zm] = [m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number);
  return h! <= 23 && min! <= 59 && sec! <= 60 && zh! <= 14 && zm! <= 59;
}

/**
 * The schemas are built on first use (reportSchemas below): `gwdraft check` reads a draft that plainly
 * passes them without zod (core/draft/plain-report.ts), and `templates` never reads one, so neither
 * builds these ~60 zod schemas at start-up any more.
 */
function buildReportSchemas() {
  const { BlockSchema } = blockSchemas();
  const IsoDate = z.string().refine(isIsoDate, '不是有效日期 / not a real date (YYYY-MM-DD)');
  const IsoDateTime = z
    .string()
    .refine(isIsoDateTime, '不是有效的日期时间 / not a real date-time (YYYY-MM-DDTHH:MM:SSZ)');

  const MetaSchema = z
    .object({
      /** 机关全称 */
      org: z.string(),
      /** 年度: the year reported on. */
      year: z.number().int().min(2000).max(2100),
      /** 标题; null means the template's title pattern for org and year. */
      title: z.string().nullable(),
      /** 署名; null means the org. */
      signature: z.string().nullable(),
      /** 成文日期 as YYYY-MM-DD; written as 2024年12月12日 on output. */
      date: IsoDate.nullable(),
      /** 主送机关, optional. */
      recipient: z.string().nullable(),
      /** 发文字号, optional, e.g. 吴科工贸〔2025〕3号. */
      docNumber: z.string().nullable(),
    })
    .strict();

  const SectionSchema = z
    .object({
      /** The template section's id, or "extra-N" for a heading the template does not have. */
      id: z.string().min(1),
      /**
       * The heading as the unit wrote it (without the 一、 number). Extra sections always have one; a
       * template section has one when the report words it differently from the template (imported
       * reports keep their own wording). Absent: the template's prescribed heading.
       */
      heading: z.string().optional(),
      blocks: z.array(BlockSchema).min(1),
    })
    .strict();

  /** Hypothesis / W3C TextQuoteSelector: enough context to re-anchor a comment when its text moved. */
  const QuoteAnchorSchema = z
    .object({
      exact: z.string(),
      prefix: z.string(),
      suffix: z.string(),
      /** Where it was last seen: a hint for re-anchoring, not the truth. */
      sectionId: z.string().nullable(),
      blockIndex: z.number().int().min(0).nullable(),
      offset: z.number().int().min(0).nullable(),
    })
    .strict();

  const CommentSchema = z
    .object({
      id: z.string().min(1),
      author: z.string(),
      initials: z.string(),
      /** The reviewer's unit, e.g. 市司法局. */
      unit: z.string().optional(),
      createdAt: IsoDateTime,
      text: z.string(),
    })
    .strict();

  const ThreadSchema = z
    .object({
      id: z.string().min(1),
      anchor: QuoteAnchorSchema,
      /** The first comment opens the thread; the rest are replies in order. */
      comments: z.array(CommentSchema).min(1),
      resolved: z.boolean(),
      /** True when the anchored text was deleted or could not be found: the thread is kept with its quote. */
      detached: z.boolean(),
    })
    .strict();

  /**
   * A comment the clerk deleted (a whole thread, or one reply), remembered so a reviewer's later copy,
   * which still carries it, does not bring it back on merging (core/comments/deleted.ts). Only what
   * identifies it is kept — not its text, a hash of it.
   */
  const DeletedCommentSchema = z
    .object({
      author: z.string(),
      unit: z.string().optional(),
      createdAt: IsoDateTime,
      /** hash36 of the text with white space collapsed. */
      textHash: z.string().min(1),
      /** A reply: the textHash of its thread's opening comment (a short 同意 elsewhere is another one). */
      replyTo: z.string().min(1).optional(),
    })
    .strict();

  /**
   * A pending suggestion (修订): an insertion or a deletion by a reviewer. Its text carries the marks
   * (`ins`/`del` = id on the leaves); the anchor quotes the changed text with its context, so a change
   * coming from Word or another copy is placed by its quote. `detached`: no place found (无法定位).
   */
  const SuggestionSchema = z
    .object({
      id: z.string().min(1),
      type: z.enum(['insert', 'delete']),
      author: z.string(),
      /** The reviewer's unit, e.g. 市司法局. */
      unit: z.string().optional(),
      createdAt: IsoDateTime,
      anchor: QuoteAnchorSchema,
      detached: z.boolean(),
      /**
       * A deletion read from Word of text that was itself a pending insertion (w:del inside w:ins): who
       * inserted it. Only on incoming suggestions: merging places the deletion and gives that text an
       * insertion of its own (core/suggestions/merge.ts), so a draft never keeps this field.
       */
      insertedBy: z
        .object({ author: z.string(), unit: z.string().optional(), createdAt: IsoDateTime })
        .strict()
        .optional(),
    })
    .strict();

  const ConfirmationSchema = z
    .object({
      /** The checklist item's id. */
      itemId: z.string().min(1),
      note: z.string(),
      by: z.string(),
      at: IsoDateTime,
    })
    .strict();

  /** Last year's text per section, kept when a report is started from last year's, for the overlap check. */
  const BaselineSchema = z
    .object({
      year: z.number().int(),
      sections: z.record(z.string(), z.string()),
    })
    .strict();

  /**
   * An 附件 (7.3.4, 7.3.7): its name, listed in the 附件说明 under the body, and its text, printed on
   * pages of its own after the 署名. A name without blocks is named but not attached (the checklist says so).
   */
  const AttachmentSchema = z
    .object({
      name: z.string(),
      blocks: z.array(BlockSchema).optional(),
    })
    .strict();

  const ReportSchema = z
    .object({
      schemaVersion: z.literal(SCHEMA_VERSION),
      templateId: z.string().min(1),
      meta: MetaSchema,
      /** Text before section 一 (the opening paragraph "……现将有关情况报告如下："). */
      preamble: z.array(BlockSchema),
      sections: z.array(SectionSchema).min(1),
      comments: z.array(ThreadSchema),
      /** Comments deleted here, kept out of later merges (optional: older files have none). */
      deletedComments: z.array(DeletedCommentSchema).optional(),
      /** Pending suggestions (修订), since schema version 2. */
      suggestions: z.array(SuggestionSchema),
      confirmations: z.array(ConfirmationSchema),
      baseline: BaselineSchema.nullable(),
      /**
       * A copy of the report's template when it is not a shipped one (a user's template, or the 自拟提纲
       * built from an imported report's own headings): the draft opens, checks and exports the same on a
       * PC that lacks it. Optional; shipped templates are looked up by `templateId`.
       */
      template: TemplateSchema.optional(),
      /** 附件, in order (optional: files from before it was modelled have none). */
      attachments: z.array(AttachmentSchema).optional(),
    })
    .strict();
  return {
    MetaSchema,
    SectionSchema,
    QuoteAnchorSchema,
    CommentSchema,
    ThreadSchema,
    DeletedCommentSchema,
    SuggestionSchema,
    ConfirmationSchema,
    BaselineSchema,
    AttachmentSchema,
    ReportSchema,
  };
}

type ReportSchemas = ReturnType<typeof buildReportSchemas>;
let built: ReportSchemas | null = null;
const reportSchemas = (): ReportSchemas => (built ??= buildReportSchemas());

/** A report as saved in a .gwdraft (validate with parseDraft of core/draft for a DraftError). */
export const ReportSchema = z.lazy(() => reportSchemas().ReportSchema);

export type ReportMeta = z.infer<ReportSchemas['MetaSchema']>;
export type Section = z.infer<ReportSchemas['SectionSchema']>;
export type QuoteAnchor = z.infer<ReportSchemas['QuoteAnchorSchema']>;
export type Comment = z.infer<ReportSchemas['CommentSchema']>;
export type Thread = z.infer<ReportSchemas['ThreadSchema']>;
export type DeletedComment = z.infer<ReportSchemas['DeletedCommentSchema']>;
export type Suggestion = z.infer<ReportSchemas['SuggestionSchema']>;
export type Confirmation = z.infer<ReportSchemas['ConfirmationSchema']>;
export type Baseline = z.infer<ReportSchemas['BaselineSchema']>;
export type Attachment = z.infer<ReportSchemas['AttachmentSchema']>;
export type Report = z.infer<ReportSchemas['ReportSchema']>;
