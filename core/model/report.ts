/**
 * The report model and its schema. One report = one `.gwdraft` file.
 * Everything a file holds is validated by these schemas on load; see core/draft for the file format.
 */
import { z } from 'zod';
import { BlockSchema } from './content';

export const SCHEMA_VERSION = 1;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const IsoDateTime = z.string().min(10);

export const MetaSchema = z
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
export type ReportMeta = z.infer<typeof MetaSchema>;

export const SectionSchema = z
  .object({
    /** The template section's id, or "extra-N" for a heading the template does not have. */
    id: z.string().min(1),
    /** Only for extra sections: their heading text (without the 一、 number). */
    heading: z.string().optional(),
    blocks: z.array(BlockSchema).min(1),
  })
  .strict();
export type Section = z.infer<typeof SectionSchema>;

/** Hypothesis / W3C TextQuoteSelector: enough context to re-anchor a comment when its text moved. */
export const QuoteAnchorSchema = z
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
export type QuoteAnchor = z.infer<typeof QuoteAnchorSchema>;

export const CommentSchema = z
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
export type Comment = z.infer<typeof CommentSchema>;

export const ThreadSchema = z
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
export type Thread = z.infer<typeof ThreadSchema>;

export const ConfirmationSchema = z
  .object({
    /** The checklist item's id. */
    itemId: z.string().min(1),
    note: z.string(),
    by: z.string(),
    at: IsoDateTime,
  })
  .strict();
export type Confirmation = z.infer<typeof ConfirmationSchema>;

/** Last year's text per section, kept when a report is started from last year's, for the overlap check. */
export const BaselineSchema = z
  .object({
    year: z.number().int(),
    sections: z.record(z.string(), z.string()),
  })
  .strict();
export type Baseline = z.infer<typeof BaselineSchema>;

/**
 * An 附件 (7.3.4, 7.3.7): its name, listed in the 附件说明 under the body, and its text, printed on
 * pages of its own after the 署名. A name without blocks is named but not attached (the checklist says so).
 */
export const AttachmentSchema = z
  .object({
    name: z.string(),
    blocks: z.array(BlockSchema).optional(),
  })
  .strict();
export type Attachment = z.infer<typeof AttachmentSchema>;

export const ReportSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    templateId: z.string().min(1),
    meta: MetaSchema,
    /** Text before section 一 (the opening paragraph "……现将有关情况报告如下："). */
    preamble: z.array(BlockSchema),
    sections: z.array(SectionSchema).min(1),
    comments: z.array(ThreadSchema),
    confirmations: z.array(ConfirmationSchema),
    baseline: BaselineSchema.nullable(),
    /** 附件, in order (optional: files from before it was modelled have none). */
    attachments: z.array(AttachmentSchema).optional(),
  })
  .strict();
export type Report = z.infer<typeof ReportSchema>;
