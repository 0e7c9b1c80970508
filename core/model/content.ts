/**
 * Section content: Slate-compatible JSON, so the editor uses it as its value directly.
 * A block is one paragraph: body text, or a sub-heading of level 2 （一）, 3 1. or 4 （1）.
 * Level 1 (一、) is the template's section heading and never appears as a block.
 * Sub-heading numbers are derived from position (see numbering.ts), never stored as text.
 */
import { z } from 'zod';

export const SUB_HEADING_LEVELS = [2, 3, 4] as const;
export type SubHeadingLevel = (typeof SUB_HEADING_LEVELS)[number];

/**
 * The schemas are built on first use (blockSchemas below), with the report's: a command that reads a
 * draft without zod (core/draft/plain-report.ts) or never reads one builds none of them.
 */
function buildBlockSchemas() {
  /**
   * A run of text. Text carries at most bold; `comments` lists the ids of comment threads anchored on it;
   * `ins` / `del` name the pending suggestion (修订) that inserted or deletes it (see core/suggestions).
   */
  const TextLeafSchema = z
    .object({
      text: z.string(),
      bold: z.literal(true).optional(),
      comments: z.array(z.string().min(1)).optional(),
      ins: z.string().min(1).optional(),
      del: z.string().min(1).optional(),
    })
    .strict();

  const ParagraphSchema = z
    .object({
      type: z.literal('paragraph'),
      children: z.array(TextLeafSchema).min(1),
      /** Set when the text was carried over from last year's report and not yet rewritten. */
      carried: z.literal(true).optional(),
    })
    .strict();

  const SubHeadingSchema = z
    .object({
      type: z.literal('heading'),
      level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
      children: z.array(TextLeafSchema).min(1),
      carried: z.literal(true).optional(),
      /**
       * 接排: in print the paragraph after the heading runs on in the heading's own paragraph
       * ("（一）加强组织领导。局党组……"), as reports often set their （一）/1. headings. The editor keeps
       * them two blocks; only the export joins them (core/docx/export/body.ts).
       */
      runIn: z.literal(true).optional(),
    })
    .strict();

  const BlockSchema = z.discriminatedUnion('type', [ParagraphSchema, SubHeadingSchema]);
  return { TextLeafSchema, ParagraphSchema, SubHeadingSchema, BlockSchema };
}

type BlockSchemas = ReturnType<typeof buildBlockSchemas>;
let builtBlocks: BlockSchemas | null = null;
/** The block schemas, built on first use like the report's (core/model/report.ts). */
export const blockSchemas = (): BlockSchemas => (builtBlocks ??= buildBlockSchemas());

export type TextLeaf = z.infer<BlockSchemas['TextLeafSchema']>;
export type Paragraph = z.infer<BlockSchemas['ParagraphSchema']>;
export type SubHeading = z.infer<BlockSchemas['SubHeadingSchema']>;
export type Block = z.infer<BlockSchemas['BlockSchema']>;

export function paragraph(text: string, opts: { bold?: boolean } = {}): Paragraph {
  return { type: 'paragraph', children: [opts.bold ? { text, bold: true } : { text }] };
}

export function subHeading(level: SubHeadingLevel, text: string): SubHeading {
  return { type: 'heading', level, children: [{ text }] };
}

/** The plain text of a block (marks dropped). */
export function blockText(block: Block): string {
  let s = '';
  for (const leaf of block.children) s += leaf.text;
  return s;
}

/** An empty section holds one empty paragraph, as Slate needs at least one block. */
export function emptyBlocks(): Block[] {
  return [paragraph('')];
}
