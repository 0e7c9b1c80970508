/**
 * Property: a report written out as messy text — headings with random markup (##, ###, **bold**, a
 * closing 。 or none), sub-headings with text running on, **bold** runs, blank lines or none, lines
 * hard-wrapped as pdftotext does — imports back onto the same template with the same headings, metadata
 * and text, and nothing of the input is lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../../core/import/text/index';
import { blockText, type Block } from '../../core/model/content';
import { numberBlocks, sectionLabel } from '../../core/model/numbering';
import { formatChineseDate } from '../../core/model/report-helpers';
import { sectionHeading } from '../../core/templates/load';
import { findTemplate, shippedTemplates } from '../../templates/index';
import { draftStream, firstMissing, sourceStream } from '../helpers/draft-text';

const templates = shippedTemplates();
const WORDS = [
  '我局',
  '坚持',
  '依法行政',
  '法治政府建设',
  '行政执法',
  '全年',
  '办理案件',
  '开展培训',
  '群众',
  '规范性文件',
  '合法性审核',
  '重大行政决策',
  '政务公开',
  '普法宣传',
  '习近平法治思想',
  '第一议题',
  '营商环境',
  '基层',
  '执法队伍',
  '制度',
  '落实',
  '推进',
  '持续',
  '深化',
  '“谁执法谁普法”',
  '《行政复议法》',
];
const COUNTS = ['12 件', '3 次', '100%', '215 人次', '40 项', '8名', '1.5万元'];

const sentence = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, fc.constantFrom(...COUNTS)), {
    minLength: 2,
    maxLength: 8,
  })
  .chain((parts) =>
    fc.constantFrom('，', '、', '').map((sep) => (WORDS.includes(parts[0]!) ? '' : '我局') + parts.join(sep)),
  );
const paragraphText = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join('，') + '。');

interface Part {
  kind: 'para' | 'sub';
  level: 2 | 3 | 4;
  text: string;
  bold: [number, number] | null;
  runOn: string | null;
}

const part: fc.Arbitrary<Part> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('para' as const),
      level: fc.constant(2 as const),
      text: paragraphText,
      bold: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: null }),
      runOn: fc.constant(null),
    }),
  },
  fc.record({
    kind: fc.constant('sub' as const),
    level: fc.constantFrom(2 as const, 3 as const, 4 as const),
    text: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join('')),
    bold: fc.constant(null),
    runOn: fc.option(paragraphText, { nil: null }),
  }),
);

interface Style {
  headingMarkup: '' | '## ' | '### ';
  headingBold: boolean;
  headingStop: boolean;
  blank: boolean;
  wrap: number | null;
}
const style: fc.Arbitrary<Style> = fc.record({
  headingMarkup: fc.constantFrom('' as const, '## ' as const, '### ' as const),
  headingBold: fc.boolean(),
  headingStop: fc.boolean(),
  blank: fc.boolean(),
  wrap: fc.option(fc.integer({ min: 24, max: 40 }), { nil: null }),
});

interface Doc {
  templateId: string;
  /** 0: "# org" / "## year 年…报告"; 1: one bold line; 2: org and title on two plain lines. */
  titleStyle: number;
  /** A 主送机关 line under the title. */
  recipient: boolean;
  org: string;
  year: number;
  date: string;
  preamble: string;
  sections: Part[][];
  styles: Style[];
}

const doc: fc.Arbitrary<Doc> = fc
  .record({
    templateId: fc.constantFrom(...templates.map((t) => t.id)),
    org: fc.constantFrom('南岭市交通运输局', '青石镇人民政府', '某县司法局', '东江市人民政府'),
    year: fc.integer({ min: 2021, max: 2029 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    preamble: paragraphText,
    titleStyle: fc.integer({ min: 0, max: 2 }),
    recipient: fc.boolean(),
  })
  .chain((d) => {
    const template = findTemplate(d.templateId)!;
    return fc
      .tuple(
        fc.array(fc.array(part, { minLength: 1, maxLength: 5 }), {
          minLength: template.sections.length,
          maxLength: template.sections.length,
        }),
        fc.array(style, { minLength: template.sections.length, maxLength: template.sections.length }),
      )
      .map(([sections, styles]) => ({
        templateId: template.id,
        titleStyle: d.titleStyle,
        recipient: d.recipient,
        org: d.org,
        year: d.year,
        date: `${d.year + 1}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`,
        preamble: d.preamble,
        sections,
        styles,
      }));
  });

function withBold(text: string, bold: [number, number] | null): string {
  if (!bold) return text;
  const chars = [...text];
  const a = bold[0] % chars.length;
  const b = a + 1 + (bold[1] % (chars.length - a));
  if (chars.slice(a, b).join('').trim() === '') return text;
  return chars.slice(0, a).join('') + '**' + chars.slice(a, b).join('') + '**' + chars.slice(b).join('');
}

/** Hard-wrap at `width` characters, as pdftotext does; a ** marker is never cut in two. */
function wrap(line: string, width: number | null): string[] {
  if (width === null || !wrapping) return [line];
  const units = line.match(/\*\*|./gu) ?? [];
  const out: string[] = [];
  for (let i = 0; i < units.length; i += width) out.push(units.slice(i, i + width).join(''));
  return out.length ? out : [line];
}

/** The report as messy text, and the expected text of each section (labels derived, no whitespace). */
let wrapping = true;

function render(d: Doc, wrapLines = true): { text: string; expected: string[] } {
  wrapping = wrapLines;
  const template = findTemplate(d.templateId)!;
  const title = `${d.year}年法治政府建设年度报告`;
  const head = [
    [`# ${d.org}`, `## ${d.year} 年法治政府建设年度报告`],
    [`**${d.org}${title}**`],
    [d.org, title],
  ][d.titleStyle]!;
  const out: string[] = [...head, '', ...(d.recipient ? ['县委、县政府：'] : []), d.preamble, ''];
  const expected: string[] = [];
  template.sections.forEach((ts, i) => {
    const st = d.styles[i]!;
    const heading = `${sectionLabel(i)}${sectionHeading(ts.heading, d.year)}${st.headingStop ? '。' : ''}`;
    out.push(...wrap(st.headingMarkup + (st.headingBold ? `**${heading}**` : heading), st.wrap));
    if (st.blank) out.push('');
    const blocks: Block[] = [];
    for (const p of d.sections[i]!) {
      if (p.kind === 'para') {
        out.push(...wrap(withBold(p.text, p.bold), st.wrap));
        blocks.push({ type: 'paragraph', children: [{ text: p.text }] });
      } else {
        const label = numberBlocks([
          ...blocks,
          { type: 'heading', level: p.level, children: [{ text: p.text }] },
        ]).at(-1)!.label!;
        const head = p.runOn ? `**${label}${p.text}。**${p.runOn}` : `${label}${p.text}`;
        out.push(...wrap(head, st.wrap));
        blocks.push({
          type: 'heading',
          level: p.level,
          children: [{ text: p.runOn ? p.text + '。' : p.text }],
        });
        if (p.runOn) blocks.push({ type: 'paragraph', children: [{ text: p.runOn }] });
      }
      if (st.blank) out.push('');
    }
    const labels = numberBlocks(blocks);
    expected.push(blocks.map((b, j) => (labels[j]!.label ?? '') + blockText(b)).join(''));
  });
  out.push('', d.org, formatChineseDate(d.date));
  return { text: out.join('\n'), expected };
}

describe('import round trip of messy text', () => {
  it('recovers template, headings, metadata and every section’s text', () => {
    fc.assert(
      fc.property(doc, (d) => {
        const template = findTemplate(d.templateId)!;
        const { text, expected } = render(d);
        try {
          const r = importText(text, { templates });
          expect(r.templateId).toBe(d.templateId);
          expect(r.mapping.map((m) => m.sectionId)).toEqual(template.sections.map((s) => s.id));
          expect(r.report.meta).toMatchObject({
            org: d.org,
            year: d.year,
            date: d.date,
            signature: null,
            title: null,
            // Import invents no 主送: only what the text says.
            recipient: d.recipient ? '县委、县政府' : null,
          });
          const got = r.report.sections.map((s) => {
            const labels = numberBlocks(s.blocks);
            return s.blocks
              .map((b, j) => (labels[j]!.label ?? '') + blockText(b))
              .join('')
              .replace(/\s/g, '');
          });
          expect(got).toEqual(expected.map((e) => e.replace(/\s/g, '')));
          // Wrapping only adds line breaks; the helper reads headings line by line, so it gets them whole.
          const src = sourceStream(render(d, false).text);
          expect(firstMissing(src, draftStream(r.report, template))).toBe(-1);
        } catch (e) {
          throw new Error(`${e instanceof Error ? e.message : String(e)}\n--- input ---\n${text}`, {
            cause: e,
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
