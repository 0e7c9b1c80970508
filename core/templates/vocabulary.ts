/**
 * The outline vocabulary (data in templates/outline-vocabulary.json): how a unit's kind shows in its
 * name, which heading phrasings mean the same statutory content (主要工作及成效 ≈ 主要举措和成效), and the
 * weights of template choice. Code here only reads it; what counts as a synonym is said in the data.
 */
import { z } from 'zod';

export const UnitKindSchema = z.enum(['department', 'government', 'township']);
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** Built on first use, like the template schemas (core/templates/schema.ts). */
function buildVocabularySchema() {
  return z
    .object({
      unitKinds: z.array(
        z
          .object({
            kind: UnitKindSchema,
            name: z.string().min(1),
            patterns: z.array(z.string().min(1)).min(1),
            /**
             * What a notice's outline for this kind of unit alone (各乡镇（街道）) checks otherwise than
             * the statutory items: items left out (a 街道 makes no 规范性文件) and smaller 字数 minimums
             * (by statutory item id). A 字数 the notice itself states still wins.
             */
            noticeChecklist: z
              .object({
                leaveOut: z.array(z.string().min(1)),
                minChars: z.record(z.string(), z.number().int().positive()),
              })
              .strict()
              .optional(),
          })
          .strict(),
      ),
      concepts: z.array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]+$/),
            name: z.string().min(1),
            /** The section of the statutory five-item template this concept is, or null. */
            statutorySection: z.string().nullable(),
            /** Heading phrasings that mean the concept. */
            phrases: z.array(z.string().min(1)).min(1),
            /** Words that show the content in the body when no heading has it ({next} = year + 1). */
            evidence: z.array(z.string().min(1)).min(1),
          })
          .strict(),
      ),
      choice: z
        .object({
          weights: z.object({ fit: z.number(), order: z.number(), kind: z.number() }).strict(),
          /** Score of a heading and a section that share a concept (but not their wording). */
          conceptScore: z.number().min(0).max(1),
          /** Below this outline fit, the report keeps its own outline (自拟提纲). */
          ownOutlineBelow: z.number().min(0).max(1),
          /** …unless at least this share of its headings are the best template's own words. */
          verbatimKeeps: z.number().min(0).max(1),
        })
        .strict(),
    })
    .strict();
}
let vocabularySchema: ReturnType<typeof buildVocabularySchema> | null = null;
export const VocabularySchema = z.lazy(() => (vocabularySchema ??= buildVocabularySchema()));
export type Vocabulary = z.infer<typeof VocabularySchema>;

/** A vocabulary that knows nothing: template choice by wording alone. */
export const EMPTY_VOCABULARY: Vocabulary = {
  unitKinds: [],
  concepts: [],
  choice: {
    weights: { fit: 1, order: 0, kind: 0 },
    conceptScore: 0.85,
    ownOutlineBelow: 0,
    verbatimKeeps: 1,
  },
};

const kindRes = new WeakMap<Vocabulary, { kind: UnitKind; res: RegExp[] }[]>();

/** The kind of unit an org (or a title) names: 乡镇（街道）, 人民政府, or a 部门; null when unclear. */
export function unitKindOf(name: string, vocab: Vocabulary): UnitKind | null {
  const s = name.replace(/[\s\u3000]+/gu, '');
  if (s === '') return null;
  let compiled = kindRes.get(vocab);
  if (!compiled) {
    compiled = vocab.unitKinds.map((k) => ({ kind: k.kind, res: k.patterns.map((p) => new RegExp(p, 'u')) }));
    kindRes.set(vocab, compiled);
  }
  for (const k of compiled) if (k.res.some((re) => re.test(s))) return k.kind;
  return null;
}

export function unitKindName(kind: UnitKind | null, vocab: Vocabulary): string {
  return vocab.unitKinds.find((k) => k.kind === kind)?.name ?? '未识别';
}

/** The concepts a heading speaks of (by their phrases, after dropping spaces and punctuation). */
export function headingConcepts(heading: string, vocab: Vocabulary): Set<string> {
  const s = heading.replace(/[\s\u3000“”"、，,。．.：:（）()]/gu, '');
  const out = new Set<string>();
  for (const c of vocab.concepts) if (c.phrases.some((p) => s.includes(p))) out.add(c.id);
  return out;
}

/**
 * Of the concepts a heading speaks of, the one it names first ("…主要安排及其他需要报告的情况" →
 * next-year): what a heading merging two parts is mainly about. Null when it names none.
 */
export function leadingConcept(heading: string, vocab: Vocabulary): string | null {
  const s = heading.replace(/[\s\u3000“”"、，,。．.：:（）()]/gu, '');
  let best: { id: string; at: number } | null = null;
  for (const c of vocab.concepts)
    for (const p of c.phrases) {
      const at = s.indexOf(p);
      if (at >= 0 && (best === null || at < best.at)) best = { id: c.id, at };
    }
  return best?.id ?? null;
}
