/**
 * Fuzzing properties of the draft loader and the text importer (issue 9): whatever the input, the
 * result is a valid Report or a DraftError — never another exception, never a hang. Shared by the test
 * (a few hundred cases) and `npm run fuzz` (thousands).
 */
import fc from 'fast-check';
import { DraftError, parseDraft, parseDraftBytes, serializeDraft } from '../../core/draft/index';
import { importText } from '../../core/import/text/index';
import { paragraph, subHeading } from '../../core/model/content';
import { ReportSchema, type Report } from '../../core/model/report';
import { createReport } from '../../core/model/report-helpers';
import { findTemplate, shippedTemplates } from '../../templates/index';

const KNOWN = shippedTemplates().map((t) => t.id);
const OPTS = { fileName: 'fuzz.gwdraft', knownTemplates: KNOWN };

function sampleDraft(): string {
  const r = createReport(findTemplate('zhanjiang-department')!, { org: '某市某某局', year: 2024 });
  r.meta.date = '2025-01-20';
  r.preamble = [paragraph('现将有关情况报告如下：')];
  r.sections[3]!.blocks = [
    subHeading(2, '规范执法。'),
    { type: 'paragraph', children: [{ text: '一是', bold: true }, { text: '办理案件 12 件。' }] },
  ];
  r.comments = [
    {
      id: 't1',
      anchor: {
        exact: '案件',
        prefix: '办理',
        suffix: ' 12',
        sectionId: 'measures',
        blockIndex: 1,
        offset: 2,
      },
      comments: [
        { id: 'c1', author: '审阅人', initials: 'SY', createdAt: '2025-01-21T08:00:00Z', text: '请核实' },
      ],
      resolved: false,
      detached: false,
    },
  ];
  return serializeDraft(r);
}
export const VALID_DRAFT = sampleDraft();

/** Runs `f`; a Report must be schema-valid and saveable again; anything thrown must be a DraftError. */
export function loadsOrRefuses(f: () => Report): void {
  let report: Report;
  try {
    report = f();
  } catch (e) {
    if (e instanceof DraftError) return;
    throw e;
  }
  ReportSchema.parse(report);
  const again = serializeDraft(report);
  if (serializeDraft(parseDraft(again, OPTS)) !== again) throw new Error('round trip changed the draft');
}

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (n): Mutation =>
      (t) =>
        t.slice(0, n % (t.length + 1)),
  ),
  fc.tuple(fc.nat(), fc.nat({ max: 200 })).map(([at, len]): Mutation => (t) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + t.slice(i + len);
  }),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 12 })).map(([at, s]): Mutation => (t) => {
    const i = at % (t.length + 1);
    return t.slice(0, i) + s + t.slice(i);
  }),
  fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })).map(
    ([pick, value]): Mutation =>
      (t) =>
        replaceSomeValue(t, pick, value),
  ),
);

/** Replace the `pick`-th value (depth-first) of a JSON document with `value`; broken JSON is left as is. */
function replaceSomeValue(text: string, pick: number, value: unknown): string {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return text; // an earlier mutation broke the JSON: nothing to replace
  }
  const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        slots.push({ parent: v, key: i });
        walk(x);
      });
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        slots.push({ parent: v as Record<string, unknown>, key: k });
        walk(x);
      }
    }
  };
  walk(doc);
  if (slots.length === 0) return JSON.stringify(value);
  const slot = slots[pick % slots.length]!;
  (slot.parent as Record<string | number, unknown>)[slot.key] = value;
  return JSON.stringify(doc, null, 2);
}

export function draftProperties(runs: number): { name: string; run: () => void }[] {
  const params = { numRuns: runs };
  return [
    {
      name: 'parseDraft: any string',
      run: () =>
        fc.assert(
          fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) =>
            loadsOrRefuses(() => parseDraft(s, OPTS)),
          ),
          params,
        ),
    },
    {
      name: 'parseDraft: a valid draft, mutated (truncated, cut, inserted into, a value replaced)',
      run: () =>
        fc.assert(
          fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
            const text = ms.reduce((t, m) => m(t), VALID_DRAFT);
            loadsOrRefuses(() => parseDraft(text, OPTS));
          }),
          params,
        ),
    },
    {
      name: 'parseDraftBytes: random bytes, and a valid draft with bytes flipped',
      run: () =>
        fc.assert(
          fc.property(
            fc.uint8Array({ maxLength: 300 }),
            fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
            (random, flips) => {
              loadsOrRefuses(() => parseDraftBytes(random, OPTS));
              const bytes = new TextEncoder().encode(VALID_DRAFT);
              for (const [at, b] of flips) bytes[at % bytes.length] = b;
              loadsOrRefuses(() => parseDraftBytes(bytes, OPTS));
            },
          ),
          params,
        ),
    },
  ];
}

/** The pieces real reports are made of, and the markup and junk found around them. */
const TOKENS = [
  '一、',
  '二、',
  '四、',
  '十、',
  '十一、',
  '（一）',
  '（二）',
  '(3)',
  '1.',
  '2、',
  '1.5万元',
  '（1）',
  '**',
  '*',
  '#',
  '## ',
  '### ',
  '> ',
  '- ',
  '---',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '。',
  '，',
  '：',
  '；',
  '“',
  '”',
  '2024 年',
  '2024年度',
  '2024年12月12日',
  '2025年2月30日',
  '二〇二四年十二月十二日',
  '二〇二五年十三月一日',
  '某市某某局',
  '青石镇人民政府',
  '年法治政府建设年度报告',
  '存在的不足和原因',
  '下一年度推进法治政府建设的主要安排',
  '其他需要报告的情况',
  '主要举措和成效',
  '工作开展情况',
  '一是',
  '二是',
  '　',
  ' ',
  '\t',
  '\u0000',
  '\u0007',
  '\ufeff',
  '\ud800',
  '\udc00',
  '\u202e',
  '𠀀',
  '〔2025〕3号',
  '县委、县政府：',
  '无。',
];

const textInput = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary', maxLength: 6 })), {
    maxLength: 120,
  })
  .map((parts) => parts.join(''));

export function importProperties(runs: number): { name: string; run: () => void }[] {
  const templates = shippedTemplates();
  return [
    {
      name: 'importText: any text gives a valid, saveable report',
      run: () =>
        fc.assert(
          fc.property(
            textInput,
            fc.option(fc.constantFrom(...KNOWN), { nil: undefined }),
            (text, templateId) => {
              const r = importText(text, {
                templates,
                ...(templateId ? { templateId } : {}),
                fallbackYear: 2024,
              });
              ReportSchema.parse(r.report);
              if (templateId && r.templateId !== templateId) throw new Error('template not honoured');
              const saved = serializeDraft(r.report);
              if (serializeDraft(parseDraft(saved, OPTS)) !== saved)
                throw new Error('round trip changed the draft');
              const ids = r.report.sections.map((s) => s.id);
              if (new Set(ids).size !== ids.length) throw new Error('duplicate section ids');
            },
          ),
          { numRuns: runs },
        ),
    },
  ];
}
