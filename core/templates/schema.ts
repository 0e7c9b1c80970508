/**
 * The schema of an outline template (data in templates/*.json). Templates carry the prescribed outline,
 * the guidance for each section, and the mandated checklist items with their rules. The checklist
 * engine is generic: what is checked, and where, is said here and nowhere in code.
 */
import { z } from 'zod';
import { UnitKindSchema } from './vocabulary';

/**
 * The schemas are built on first use (templateSchemas below): a `gwdraft check` of a draft, an export or
 * the app's start need the Template type but validate no template (the shipped ones are validated at
 * build time in the CLI bundle, templates/validated-data.ts), and building these ~40 zod schemas was a
 * few milliseconds of every CLI start.
 */
function buildTemplateSchemas() {
  /** Synonym group: any one of the words shows the concept (e.g. 第一责任人 | 党政主要负责人 | 主要负责同志). */
  const Synonyms = z.array(z.string().min(1)).min(1);

  const RuleSchema = z.discriminatedUnion('kind', [
    /** The scope has some text. */
    z.object({ kind: z.literal('present') }).strict(),
    /** The scope has at least `chars` counted characters (see core/model/count.ts). */
    z.object({ kind: z.literal('minLength'), chars: z.number().int().positive() }).strict(),
    /**
     * The scope has at most `chars` counted characters: a notice's ceiling (报告全文不超过5000字,
     * 300字以内). Said of the whole report when the item has no section.
     */
    z.object({ kind: z.literal('maxLength'), chars: z.number().int().positive() }).strict(),
    /**
     * Keyword groups: `all` needs every group, `any` at least `min` groups (default 1). A synonym may hold
     * "…" for a gap of up to 30 characters within one sentence ("听取…汇报" matches 听取法治工作汇报).
     */
    z
      .object({
        kind: z.literal('keywords'),
        match: z.enum(['any', 'all']),
        groups: z.array(Synonyms).min(1),
        min: z.number().int().positive().optional(),
        /**
         * The set's collective name ("行政执法三项制度"): a report that names only the set, not each
         * part, gets a reminder (提醒) to write them out instead of a fail.
         */
        collective: Synonyms.optional(),
        /**
         * Longer words a match may sit inside that do not show the concept: 副局长 holds 局长 but is no
         * 主要负责人. A keyword found only inside one of these does not count.
         */
        not: Synonyms.optional(),
      })
      .strict(),
    /** The shortcomings section names causes, not only problems. */
    z.object({ kind: z.literal('causes'), words: Synonyms }).strict(),
    /** Numbers with units, per 1,000 counted characters, at least `perThousand`. */
    z
      .object({
        kind: z.literal('dataDensity'),
        units: Synonyms,
        perThousand: z.number().positive(),
      })
      .strict(),
    /** Years in the scope agree with the report year; cited ranges such as 2021-2025年 are excepted. */
    z.object({ kind: z.literal('yearConsistency') }).strict(),
    /** The next-year section speaks of the following year (or of 下一年度 / 明年). */
    z.object({ kind: z.literal('nextYear'), words: Synonyms }).strict(),
    /** 署名 present and equal to the org in the title. */
    z.object({ kind: z.literal('signature') }).strict(),
    /** 成文日期 present, well-formed, and (usually) after the end of the report year. */
    z.object({ kind: z.literal('date') }).strict(),
    /** Filing and publishing deadlines (template `deadlines`) against today's date. */
    z.object({ kind: z.literal('deadlines') }).strict(),
    /** The template's guidance text left in the body. */
    z.object({ kind: z.literal('guidanceLeft') }).strict(),
    /** A phrase repeated back to back or within one sentence by a slip of the keyboard. */
    z.object({ kind: z.literal('duplicatePhrase'), minChars: z.number().int().positive() }).strict(),
    /** Secrecy screen before publication: words, ID-card numbers, mobile numbers. */
    z.object({ kind: z.literal('secrecy'), words: Synonyms }).strict(),
    /** Empty boilerplate: stock phrases as a share of the text, at most `maxPerThousand` per 1,000 chars. */
    z
      .object({ kind: z.literal('stockPhrases'), words: Synonyms, maxPerThousand: z.number().positive() })
      .strict(),
    /** 附件 (7.3.4, 7.3.7): every 附件 named is attached (has text), and every 附件N the body cites is listed. */
    z
      .object({
        kind: z.literal('attachments'),
        /**
         * 附件 a notice has units send as files of their own (主要负责人述法报告, 数据统计表): one the
         * report lists by one of these names (its years aside) but does not hold is right, not missing.
         */
        apart: z.array(z.string().min(1)).optional(),
      })
      .strict(),
    /** Text still mostly last year's (report.baseline): overlap share at most `maxShare`. */
    z.object({ kind: z.literal('carriedOver'), maxShare: z.number().min(0).max(1) }).strict(),
    /**
     * Each section's heading as written against the prescribed one: a wrong year fails, other wording
     * warns (the fix restores the prescribed wording).
     */
    z.object({ kind: z.literal('headingWording') }).strict(),
  ]);

  const ItemSchema = z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** Chinese title shown in the checklist. */
      title: z.string().min(1),
      /** Section id the item belongs to, or null for the whole report. */
      section: z.string().nullable(),
      /** fail (mandated) or warn (advice) when a rule does not hold. */
      severity: z.enum(['fail', 'warn']),
      /** What would satisfy the item, said to the clerk (Chinese). */
      hint: z.string().min(1),
      /** All rules must hold. An empty list makes the item manual-only (a person confirms it). */
      rules: z.array(RuleSchema),
      /** Where the law or the outline asks for it, e.g. 《法治政府建设与责任落实督察工作规定》. */
      basis: z.string().optional(),
    })
    .strict();

  const TemplateSectionSchema = z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** Heading without its number; {year} is replaced by the report year. */
      heading: z.string().min(1),
      /** Short heading for the outline navigation. */
      short: z.string().min(1),
      /** Guidance shown beside the section and as its placeholder (the project's own words). */
      guidance: z.string().min(1),
      required: z.boolean(),
      minChars: z.number().int().min(0),
      /** Suggested sub-topics (（一）-level headings a clerk might use). */
      topics: z.array(z.string()),
      /** Other phrasings of the heading seen in real reports, for import matching. */
      aliases: z.array(z.string()),
    })
    .strict();

  const DeadlineSchema = z
    .object({
      id: z.string(),
      title: z.string(),
      /** Month and day in the year after the report year. */
      month: z.number().int().min(1).max(12),
      day: z.number().int().min(1).max(31),
      /**
       * Patterns of the 机关 the date is for (the vocabulary's unit-kind patterns): a notice may set one
       * date for 县政府各部门 and another for 各乡镇. Every unit when absent.
       */
      orgs: z.array(z.string().min(1)).optional(),
    })
    .strict();

  const TemplateSchema = z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      audience: z.enum(['department', 'government', 'township', 'county']),
      /** The kinds of unit the outline is for (template choice reads the unit's kind from its name). */
      unitKinds: z.array(UnitKindSchema).optional(),
      /** Where the template comes from: shipped with gwdraft, made by a user, or a report's own outline. */
      origin: z.enum(['shipped', 'user', 'own-outline']).optional(),
      description: z.string(),
      /** {org} and {year} are replaced. */
      titlePattern: z.string().min(1),
      /** Default 主送机关, if the outline says who it goes to. */
      recipient: z.string().nullable(),
      /**
       * The 主送机关 when the unit's name says which 县/区/市 it sits in ({parent} is replaced), e.g. a
       * township's "{parent}委、{parent}政府"; `recipient` otherwise (core/model/recipient.ts).
       */
      recipientFromOrg: z.string().min(1).optional(),
      sections: z.array(TemplateSectionSchema).min(1),
      items: z.array(ItemSchema),
      deadlines: z.array(DeadlineSchema),
    })
    .strict()
    .superRefine((t, ctx) => {
      const ids = new Set<string>();
      t.sections.forEach((s, i) => {
        if (ids.has(s.id))
          ctx.addIssue({
            code: 'custom',
            message: `duplicate section id ${s.id}`,
            path: ['sections', i, 'id'],
          });
        ids.add(s.id);
      });
      t.deadlines.forEach((d, i) =>
        d.orgs?.forEach((p, j) => {
          try {
            new RegExp(p, 'u');
          } catch {
            ctx.addIssue({
              code: 'custom',
              message: `invalid pattern ${p}`,
              path: ['deadlines', i, 'orgs', j],
            });
          }
        }),
      );
      const itemIds = new Set<string>();
      t.items.forEach((item, i) => {
        if (itemIds.has(item.id))
          ctx.addIssue({ code: 'custom', message: `duplicate item id ${item.id}`, path: ['items', i, 'id'] });
        itemIds.add(item.id);
        if (item.section !== null && !ids.has(item.section))
          ctx.addIssue({
            code: 'custom',
            message: `item ${item.id}: unknown section ${item.section}`,
            path: ['items', i, 'section'],
          });
      });
    });
  return { RuleSchema, ItemSchema, TemplateSectionSchema, DeadlineSchema, TemplateSchema };
}

type TemplateSchemas = ReturnType<typeof buildTemplateSchemas>;
let built: TemplateSchemas | null = null;
const templateSchemas = (): TemplateSchemas => (built ??= buildTemplateSchemas());

/** A template as in templates/*.json (parse with parseTemplate of load.ts for a bilingual error). */
export const TemplateSchema = z.lazy(() => templateSchemas().TemplateSchema);

export type Rule = z.infer<TemplateSchemas['RuleSchema']>;
export type RuleKind = Rule['kind'];
export type TemplateItem = z.infer<TemplateSchemas['ItemSchema']>;
export type TemplateSection = z.infer<TemplateSchemas['TemplateSectionSchema']>;
export type Template = z.infer<TemplateSchemas['TemplateSchema']>;
