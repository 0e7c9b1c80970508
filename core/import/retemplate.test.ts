import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { retemplate } from './retemplate';
import { importText } from './text/index';
import { addThread } from '../comments/threads';
import { markedSpan } from '../comments/marks';
import { suggestDelete, suggestInsert } from '../suggestions/ops';
import { suggestionSpan } from '../suggestions/marks';
import { blockText, type Block } from '../model/content';
import type { Report } from '../model/report';
import { headingOf } from '../model/report-helpers';
import { shippedTemplates, templateOf } from '../../templates/index';
import { outlineVocabulary } from '../../templates/vocabulary';

const templates = shippedTemplates();
const vocabulary = outlineVocabulary();
const corpusDir = new URL('../../test/fixtures/corpus/', import.meta.url);
const corpus = readdirSync(corpusDir)
  .filter((f) => /^\d\d-.*\.(txt|md)$/.test(f))
  .map((f) => ({ name: f, text: readFileSync(new URL(f, corpusDir), 'utf8') }));

const imported = (text: string) => importText(text, { templates, vocabulary, fallbackYear: 2024 }).report;

const bodyBlocks = (r: Report): Block[] => [
  ...r.preamble,
  ...r.sections.flatMap((s) => s.blocks),
  ...(r.attachments ?? []).flatMap((a) => a.blocks ?? []),
];

/** Every non-empty paragraph text, as a multiset. */
function texts(blocks: readonly Block[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const b of blocks) {
    const t = blockText(b).trim();
    if (t !== '') m.set(t, (m.get(t) ?? 0) + 1);
  }
  return m;
}

const at = '2025-01-10T02:00:00Z';

/** A comment on the middle of the last non-empty paragraph of each of the first parts, and one 修订 of each kind. */
function reviewed(report: Report): { report: Report; threads: string[]; suggestions: string[] } {
  let r = report;
  const threads: string[] = [];
  const suggestions: string[] = [];
  for (const s of report.sections.slice(0, 4)) {
    const i = s.blocks.findIndex((b) => b.type === 'paragraph' && blockText(b).length >= 6);
    if (i < 0) continue;
    const res = addThread(
      r,
      { sectionId: s.id, blockIndex: i, offset: 2, length: 3 },
      { author: '审核员', createdAt: at, text: `关于${s.id}` },
    );
    r = res.report;
    threads.push(res.threadId);
  }
  const s0 = report.sections.find((s) => s.blocks.some((b) => blockText(b).length >= 8));
  if (s0) {
    const i = s0.blocks.findIndex((b) => blockText(b).length >= 8);
    const ins = suggestInsert(r, { sectionId: s0.id, blockIndex: i, offset: 1 }, '补充', {
      author: '审核员',
      createdAt: at,
    });
    r = ins.report;
    const del = suggestDelete(
      r,
      { sectionId: s0.id, blockIndex: i, offset: 5, length: 2 },
      {
        author: '审核员',
        createdAt: at,
      },
    );
    r = del.report;
    suggestions.push(ins.id);
    if (del.id !== null) suggestions.push(del.id);
  }
  return { report: r, threads, suggestions };
}

describe('retemplate over the corpus', () => {
  for (const { name, text } of corpus) {
    it(`${name}: every paragraph, heading, comment and 修订 survives on every shipped outline`, () => {
      const base = imported(text);
      const { report, threads, suggestions } = reviewed(base);
      const current = templateOf(report);
      const before = texts(bodyBlocks(report));
      const oldHeadings = report.sections.map((s) => headingOf(s, report, current).trim());
      for (const target of templates) {
        const res = retemplate(report, current, target, vocabulary);
        const out = res.report;
        expect(out.templateId).toBe(target.id);
        expect(out.sections.map((s) => s.id)).toEqual(target.sections.map((s) => s.id));
        // Every paragraph of the old report is in the new one, as often as before.
        const after = texts(bodyBlocks(out));
        for (const [t, n] of before)
          expect(after.get(t) ?? 0, `${target.id}: ${t}`).toBeGreaterThanOrEqual(n);
        // Old headings: the section they mean, or kept as a sub-heading.
        const sub = new Set(
          out.sections.flatMap((s) => s.blocks.filter((b) => b.type === 'heading').map(blockText)),
        );
        res.moves.forEach((m, i) => {
          expect(m.fromHeading).toBe(oldHeadings[i] || m.fromHeading);
          if (m.kind !== 'matched') expect(sub.has(m.fromHeading), m.fromHeading).toBe(true);
        });
        expect(res.notes.length).toBeGreaterThanOrEqual(report.sections.length);
        // Metadata, 导语, attachments unchanged.
        expect(out.meta).toEqual(report.meta);
        expect(out.preamble).toEqual(report.preamble);
        expect(out.attachments).toEqual(report.attachments);
        // Comments stay on the same words; 修订 stay on theirs.
        expect(out.comments.map((t) => t.id)).toEqual(report.comments.map((t) => t.id));
        for (const id of threads) {
          const thread = out.comments.find((t) => t.id === id)!;
          expect(thread.detached).toBe(false);
          const span = markedSpan(out, id)!;
          expect(span).toBeDefined();
          const old = report.comments.find((t) => t.id === id)!;
          expect(thread.anchor.exact).toBe(old.anchor.exact);
          const sec = out.sections.find((s) => s.id === thread.anchor.sectionId)!;
          expect(blockText(sec.blocks[thread.anchor.blockIndex!]!)).toContain(old.anchor.exact);
        }
        expect(out.suggestions.map((s) => s.id).sort()).toEqual([...suggestions].sort());
        for (const id of suggestions) expect(suggestionSpan(out, id)).toBeDefined();
      }
    });
  }
});

describe('retemplate', () => {
  const OWN = [
    '某市司法局2024年法治政府建设年度报告',
    '一、聚焦规范执法，提升执法质效',
    '全年办理行政执法案件120件。',
    '二、2024年度推进法治政府建设的主要举措和成效',
    '局党组研究法治工作4次。',
    '（一）完善制度',
    '出台规范性文件2件。',
    '三、存在的不足和原因',
    '执法力量不足。',
    '四、读书分享活动',
    '组织读书会3次。',
    '五、2025年度推进法治政府建设的主要安排',
    '加强执法培训。',
  ].join('\n');

  it('joins parts meaning the same section under their old headings, keeps the rest, and says so', () => {
    const report = imported(OWN);
    const statutory = templates.find((t) => t.id === 'statutory-five')!;
    const res = retemplate(report, templateOf(report), statutory, vocabulary);
    const out = res.report;
    expect(out.template).toBeUndefined();
    const measures = out.sections.find((s) => s.id === 'measures')!;
    const kinds = measures.blocks.map((b) => (b.type === 'heading' ? `h${b.level}:` : '') + blockText(b));
    // The sections are filled in order; a part's own （一） goes one level down under its old heading.
    expect(kinds.join('|')).toContain('局党组研究法治工作4次。|h2:完善制度|出台规范性文件2件。');
    expect(blockText(out.sections.find((s) => s.id === 'shortcomings')!.blocks[0]!)).toBe('执法力量不足。');
    const all = out.sections.flatMap((s) => s.blocks).map(blockText);
    expect(all).toContain('组织读书会3次。');
    expect(all).toContain('读书分享活动');
    expect(all).toContain('全年办理行政执法案件120件。');
    expect(res.notes.join('\n')).toMatch(/读书分享活动.*原标题作为小标题保留/u);
    expect(res.notes.join('\n')).toMatch(/已留空/u);
  });

  it('a topical part no section means goes to 主要举措和成效 when it comes before 不足, else to 其他', () => {
    const report = imported(OWN);
    const res = retemplate(
      report,
      templateOf(report),
      templates.find((t) => t.id === 'statutory-five')!,
      vocabulary,
    );
    const texts = (id: string) =>
      res.report.sections
        .find((s) => s.id === id)!
        .blocks.map((b) => (b.type === 'heading' ? `h${b.level}:` : '') + blockText(b))
        .join('|');
    // 聚焦规范执法 is one of the report's 举措: after the part that means the section, under its heading.
    expect(texts('measures')).toBe(
      '局党组研究法治工作4次。|h2:完善制度|出台规范性文件2件。|h2:聚焦规范执法，提升执法质效|全年办理行政执法案件120件。',
    );
    // 读书分享活动 comes after 不足: 其他需要报告的情况.
    expect(texts('other')).toContain('h2:读书分享活动|组织读书会3次。');
    expect(res.moves.find((m) => m.fromHeading.startsWith('聚焦'))).toMatchObject({
      toId: 'measures',
      kind: 'unmatched',
    });
  });

  it('carries a user template with the report, and drops the own outline copy', () => {
    const report = imported(OWN);
    expect(report.template).toBeDefined();
    const user = {
      ...templates.find((t) => t.id === 'statutory-five')!,
      id: 'city-2025',
      origin: 'user' as const,
    };
    const out = retemplate(report, templateOf(report), user, vocabulary).report;
    expect(out.templateId).toBe('city-2025');
    expect(out.template?.id).toBe('city-2025');
  });

  it('a comment on a part heading that became a sub-heading moves onto it', () => {
    const base = imported(OWN);
    const thread = {
      id: 't-heading',
      anchor: {
        exact: '读书分享活动',
        prefix: '',
        suffix: '',
        sectionId: null,
        blockIndex: null,
        offset: null,
      },
      comments: [{ id: 'c-1', author: '审核员', initials: '审', createdAt: at, text: '此部分可删' }],
      resolved: false,
      detached: true,
    };
    const report = { ...base, comments: [thread] };
    const statutory = templates.find((t) => t.id === 'statutory-five')!;
    const out = retemplate(report, templateOf(report), statutory, vocabulary).report;
    const moved = out.comments.find((t) => t.id === 't-heading')!;
    expect(moved.detached).toBe(false);
    expect(moved.anchor.sectionId).toBe('other');
    const block = out.sections.find((s) => s.id === 'other')!.blocks[moved.anchor.blockIndex!]!;
    expect(block.type).toBe('heading');
    expect(blockText(block)).toBe('读书分享活动');
  });

  it("keeps last year's text per section under the new ids, and the confirmations", () => {
    const base = imported(OWN);
    const report: Report = {
      ...base,
      baseline: {
        year: 2023,
        sections: { 'part-2': '去年举措。', 'part-4': '去年读书会。', 'part-3': '去年不足。' },
      },
      confirmations: [{ itemId: 'signature', note: '已盖章', by: '张三', at }],
    };
    const statutory = templates.find((t) => t.id === 'statutory-five')!;
    const out = retemplate(report, templateOf(report), statutory, vocabulary).report;
    expect(out.baseline).toEqual({
      year: 2023,
      sections: { measures: '去年举措。', shortcomings: '去年不足。', other: '去年读书会。' },
    });
    expect(out.confirmations).toEqual(report.confirmations);
  });

  it('does not change its input', () => {
    const report = imported(OWN);
    const copy = structuredClone(report);
    retemplate(report, templateOf(report), templates[0]!, vocabulary);
    expect(report).toEqual(copy);
  });
});
