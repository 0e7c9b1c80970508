import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../model/report';
import { parseDraft } from './parse';
import { isPlainValidReport } from './plain-report';
import { DraftError } from './errors';

/** A draft with every kind of content the schema knows, optional fields included (but no template). */
const FULL = {
  schemaVersion: 2,
  templateId: 'zhanjiang-department',
  meta: {
    org: '某局',
    year: 2025,
    title: null,
    signature: '某局',
    date: '2026-01-20',
    recipient: null,
    docNumber: '某法〔2026〕1号',
  },
  preamble: [{ type: 'paragraph', children: [{ text: '现将有关情况报告如下：' }] }],
  sections: [
    {
      id: 'study',
      heading: '一、学习情况',
      blocks: [
        { type: 'heading', level: 2, children: [{ text: '（一）学法。' }], carried: true, runIn: true },
        {
          type: 'paragraph',
          children: [
            { text: '一是', bold: true, comments: ['t1'] },
            { text: '全年', ins: 's1' },
            { text: '学法12次。', del: 's2' },
          ],
          carried: true,
        },
      ],
    },
    { id: 'measures', blocks: [{ type: 'paragraph', children: [{ text: '' }] }] },
  ],
  comments: [
    {
      id: 't1',
      anchor: { exact: '一是', prefix: '', suffix: '全年', sectionId: 'study', blockIndex: 1, offset: 0 },
      comments: [
        {
          id: 'c1',
          author: '审阅人',
          initials: 'SY',
          unit: '法治办',
          createdAt: '2026-01-21T08:00:00Z',
          text: '好',
        },
      ],
      resolved: false,
      detached: false,
    },
  ],
  deletedComments: [
    { author: '审阅人', unit: '法治办', createdAt: '2026-01-20T08:00:00Z', textHash: '0abc123' },
    { author: '张三', createdAt: '2026-01-20T09:00:00Z', textHash: '1xyz789', replyTo: '0abc123' },
  ],
  suggestions: [
    {
      id: 's1',
      type: 'insert',
      author: '审阅人',
      unit: '法治办',
      createdAt: '2026-01-21T08:00:00.123+08:00',
      anchor: {
        exact: '全年',
        prefix: '一是',
        suffix: '学法',
        sectionId: null,
        blockIndex: null,
        offset: null,
      },
      detached: false,
    },
  ],
  confirmations: [{ itemId: 'leader-review', note: '已审议', by: '张三', at: '2026-01-22T09:30:00Z' }],
  baseline: { year: 2024, sections: { study: '去年的文字', measures: '' } },
  attachments: [
    { name: '附件1', blocks: [{ type: 'paragraph', children: [{ text: '表' }] }] },
    { name: '附件2' },
  ],
};

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Every place in a JSON value: a parent and a key. */
function slots(doc: unknown): { parent: Record<string | number, unknown>; key: string | number }[] {
  const out: { parent: Record<string | number, unknown>; key: string | number }[] = [];
  const walk = (v: unknown): void => {
    const entries: [string | number, unknown][] = Array.isArray(v)
      ? v.map((x, i): [number, unknown] => [i, x])
      : v && typeof v === 'object'
        ? Object.entries(v)
        : [];
    for (const [key, x] of entries) {
      out.push({ parent: v as Record<string | number, unknown>, key });
      walk(x);
    }
  };
  walk(doc);
  return out;
}

/** Values that sit right at the schema's edges. */
const nearMiss = fc.constantFrom<unknown>(
  '',
  'x',
  0,
  -1,
  1.5,
  1999,
  2000,
  2100,
  2101,
  2,
  4,
  5,
  true,
  false,
  null,
  [],
  {},
  [''],
  ['t1'],
  'paragraph',
  'heading',
  'insert',
  'delete',
  '2026-02-30',
  '2026-01-20',
  '2026-01-21T25:00:00Z',
  '2026-01-21T08:00:00Z',
  [{ text: '' }],
  { text: 'a', bold: false },
);

type Edit = { pick: number; kind: 'set' | 'delete' | 'add'; value: unknown; key: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom('set', 'set', 'delete', 'add'),
  value: fc.oneof(nearMiss, fc.jsonValue({ maxDepth: 2 })),
  key: fc.constantFrom(
    'text',
    'bold',
    'extra',
    'heading',
    'unit',
    'level',
    'template',
    'attachments',
    'blocks',
    'textHash',
    'deletedComments',
  ),
});

function mutated(edits: Edit[]): unknown {
  const doc = clone(FULL) as unknown;
  for (const e of edits) {
    const all = slots(doc);
    const slot = all[e.pick % all.length]!;
    if (e.kind === 'set') slot.parent[slot.key] = clone(e.value);
    else if (e.kind === 'delete') {
      if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
      else delete slot.parent[slot.key];
    } else {
      const target = slot.parent[slot.key];
      if (target && typeof target === 'object' && !Array.isArray(target))
        (target as Record<string, unknown>)[e.key] = clone(e.value);
    }
  }
  return doc;
}

describe('isPlainValidReport (the read-only fast path of parseDraft)', () => {
  it('accepts a draft with every optional field, and zod returns the same value', () => {
    expect(isPlainValidReport(clone(FULL))).toBe(true);
    expect(ReportSchema.parse(clone(FULL))).toStrictEqual(FULL);
  });

  it('says yes exactly when zod accepts and returns an equal copy (drafts without their own template)', () => {
    const seen = { yes: 0, no: 0 };
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const doc = mutated(edits);
        const zod = ReportSchema.safeParse(clone(doc));
        const fast = isPlainValidReport(doc);
        seen[fast ? 'yes' : 'no']++;
        if (fast) {
          expect(zod.success).toBe(true);
          expect(zod.data).toStrictEqual(doc);
        } else if (!(doc && typeof doc === 'object' && 'template' in doc)) expect(zod.success).toBe(false);
      }),
      { numRuns: 4000 },
    );
    // Both answers come up often: the mutations test the edges, not only broken drafts.
    expect(seen.yes).toBeGreaterThan(400);
    expect(seen.no).toBeGreaterThan(400);
  });

  it('agrees with zod on every single edit: each value set to each edge value, each key removed, an unknown key added', () => {
    const agree = (doc: unknown) => {
      const zod = ReportSchema.safeParse(clone(doc));
      expect(isPlainValidReport(doc), JSON.stringify(doc)).toBe(zod.success);
      if (zod.success) expect(zod.data).toStrictEqual(doc);
    };
    const count = slots(FULL).length;
    const values = fc.sample(nearMiss, { numRuns: 200, seed: 1 }).filter((v, i, a) => a.indexOf(v) === i);
    for (let pick = 0; pick < count; pick++) {
      for (const value of values) agree(mutated([{ pick, kind: 'set', value, key: '' }]));
      agree(mutated([{ pick, kind: 'delete', value: null, key: '' }]));
      agree(mutated([{ pick, kind: 'add', value: 'x', key: 'extra' }]));
    }
  });

  it('leaves a report carrying its own template, and every error, to zod', () => {
    expect(isPlainValidReport({ ...clone(FULL), template: {} })).toBe(false);
    const broken = clone(FULL);
    (broken.sections[0]!.blocks[1]!.children[0] as { comments?: string[] }).comments = [''];
    const text = JSON.stringify(broken);
    const refusal = (readOnly: boolean) => {
      try {
        parseDraft(text, { fileName: 'r.gwdraft', readOnly });
      } catch (e) {
        return e instanceof DraftError ? e.message : 'not a DraftError';
      }
      return 'accepted';
    };
    expect(refusal(true)).toMatch(/sections\.0\.blocks\.1\.children\.0\.comments\.0/);
    expect(refusal(true)).toBe(refusal(false));
    expect(parseDraft(JSON.stringify(FULL), { fileName: 'r.gwdraft', readOnly: true })).toStrictEqual(
      parseDraft(JSON.stringify(FULL), { fileName: 'r.gwdraft' }),
    );
  });
});
