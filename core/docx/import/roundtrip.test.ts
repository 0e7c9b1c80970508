/**
 * Export with comments → read back: the same threads (authors, texts, replies, resolved state, quotes),
 * and merging the export into the draft it came from adds nothing. Also through a LibreOffice save.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { paragraph, subHeading } from '../../model/content';
import { createReport } from '../../model/report-helpers';
import type { Report, Thread } from '../../model/report';
import { DEFAULT_EXPORT_OPTIONS } from '../../api/contract';
import { findTemplate } from '../../../templates/index';
import { addThread, mergeComments, reply, resolveThread, unmark } from '../../comments/index';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exportDocx } from '../export/index';
import { importDocx, readDocx } from './index';
import { removeRenders, resaveDocx, sofficeAvailable } from '../../../test/render/render-pdf';

const template = findTemplate('zhanjiang-department')!;

function reviewedDraft(): Report {
  const base = createReport(template, { org: '某某市某某局', year: 2024 });
  let r: Report = {
    ...base,
    meta: { ...base.meta, date: '2025-01-15' },
    preamble: [paragraph('2024年，我局坚持以习近平法治思想为指导，现将有关情况报告如下：')],
    sections: base.sections.map((s) =>
      s.id === 'study-spirit'
        ? {
            ...s,
            blocks: [
              paragraph('局党组把学习贯彻党的二十届三中全会精神作为第一议题，全年组织专题学习12次。'),
              subHeading(2, '健全学法制度'),
              paragraph('制定年度学法计划，落实会前学法制度，全年集体学法6次。'),
            ],
          }
        : s.id === 'measures'
          ? {
              ...s,
              blocks: [
                paragraph('审核规范性文件15件，开展执法检查30次。'),
                paragraph('办理行政复议案件3件。'),
              ],
            }
          : s,
    ),
  };
  const a = addThread(
    r,
    { sectionId: 'study-spirit', blockIndex: 0, offset: 8, length: 11 },
    {
      author: '张三',
      initials: '张',
      createdAt: '2025-01-10T10:00:00.000Z',
      text: '请补充学习次数',
    },
  );
  r = reply(a.report, a.threadId, {
    author: '李四',
    createdAt: '2025-01-11T08:30:00.000Z',
    text: '已补充。',
  });
  const b = addThread(
    r,
    { sectionId: 'study-spirit', blockIndex: 2, offset: 9, length: 8 },
    {
      author: '王五',
      createdAt: '2025-01-10T11:00:00.000Z',
      text: '会前学法写具体',
    },
  );
  r = resolveThread(b.report, b.threadId);
  r = addThread(
    r,
    {
      anchor: { sectionId: 'measures', blockIndex: 0, offset: 11 },
      focus: { sectionId: 'measures', blockIndex: 1, offset: 6 },
    },
    {
      author: '张三',
      createdAt: '2025-01-10T12:00:00.000Z',
      text: '跨段：数据核对',
    },
  ).report;
  return r;
}

type Summary = [string, string, boolean, string[]][];
const summary = (threads: readonly Thread[]): Summary =>
  threads.map((t) => [
    t.anchor.exact,
    t.comments[0]!.author,
    t.resolved,
    t.comments.map((c) => `${c.author}:${c.text}`),
  ]);

afterAll(removeRenders);

describe('round trip through Word comments', () => {
  it('export with comments → read back → the same threads; merging back adds nothing', async () => {
    const draft = reviewedDraft();
    const { bytes } = await exportDocx(draft, template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    const { threads } = readDocx(bytes);
    expect(summary(threads)).toEqual(summary(draft.comments));
    expect(threads[0]!.comments[0]!.initials).toBe('张');
    const imported = importDocx(bytes, { template, fallbackYear: 2020 }).report;
    expect(summary(imported.comments)).toEqual(summary(draft.comments));
    expect(imported.comments.every((t) => !t.detached)).toBe(true);
    const m = mergeComments(draft, threads, { keepDetached: true });
    expect({ added: m.added, replies: m.repliesAdded }).toEqual({ added: 0, replies: 0 });
  });

  it("comment times: w:date on the writer's clock as Word writes it, the true time in commentsExtensible", async () => {
    const draft = reviewedDraft();
    // Written in Beijing (UTC+8): 张三's comment made at 18:00 there is 10:00 UTC.
    const { bytes } = await exportDocx(draft, template, {
      ...DEFAULT_EXPORT_OPTIONS,
      comments: true,
      commentZoneOffset: 480,
    });
    const zip = unzipSync(bytes);
    const comments = strFromU8(zip['word/comments.xml']!);
    // Word shows w:date as it stands: the clock time the reviewer saw.
    expect(comments).toContain('w:date="2025-01-10T18:00:00.000Z"');
    expect(comments).toContain('w:date="2025-01-11T16:30:00.000Z"');
    const extensible = strFromU8(zip['word/commentsExtensible.xml']!);
    expect(extensible).toContain('w16cex:durableId="00000001" w16cex:dateUtc="2025-01-10T10:00:00Z"');
    expect(strFromU8(zip['word/commentsIds.xml']!)).toContain('w16cid:durableId="00000001"');
    expect(strFromU8(zip['word/_rels/document.xml.rels']!)).toContain('Target="commentsExtensible.xml"');
    expect(strFromU8(zip['[Content_Types].xml']!)).toContain('/word/commentsExtensible.xml');
    // Read back, each comment has its true time again: nothing to merge.
    const { threads } = readDocx(bytes);
    expect(threads.flatMap((t) => t.comments.map((c) => Date.parse(c.createdAt)))).toEqual(
      draft.comments.flatMap((t) => t.comments.map((c) => Date.parse(c.createdAt))),
    );
    const m = mergeComments(draft, threads, { keepDetached: true });
    expect({ added: m.added, replies: m.repliesAdded }).toEqual({ added: 0, replies: 0 });
  });

  it("a reviewer's tracked edits inside a commented range: the thread still lands on the draft", async () => {
    const draft = reviewedDraft();
    const { bytes } = await exportDocx(draft, template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    const files = unzipSync(bytes);
    const doc = strFromU8(files['word/document.xml']!);
    const at = doc.indexOf('<w:commentRangeStart w:id="0"/>');
    expect(at).toBeGreaterThan(0);
    // Word writes an insertion by the reviewer as w:ins, a deletion as w:del with w:delText.
    const ins =
      '<w:ins w:id="900" w:author="审阅人" w:date="2025-01-12T00:00:00Z"><w:r><w:t>认真</w:t></w:r></w:ins>';
    files['word/document.xml'] = strToU8(doc.slice(0, at + 31) + ins + doc.slice(at + 31));
    const edited = zipSync(files);
    const { threads } = readDocx(edited);
    expect(threads[0]!.anchor.exact).toBe('认真党的二十届三中全会精神');
    // Onto a copy of the draft without comments: placed by approximate search, not lost.
    const clean = { ...draft, comments: [] };
    const m = mergeComments(
      unmark(clean, () => true),
      threads,
      { keepDetached: true },
    );
    expect({ added: m.added, placed: m.placed, detached: m.detached }).toEqual({
      added: 3,
      placed: 3,
      detached: 0,
    });
    expect(m.report.comments[0]!.anchor.exact).toContain('党的二十届三中全会精神');
  });

  it('a detached thread goes out with its quote noted and comes back as the same detached thread', async () => {
    const draft = reviewedDraft();
    const t = draft.comments[2]!;
    // Its text deleted: the thread is detached, marks gone.
    const gone: Report = {
      ...draft,
      sections: draft.sections.map((s) =>
        s.id === 'measures' ? { ...s, blocks: [paragraph('另写的一段。')] } : s,
      ),
      comments: draft.comments.map((x) => (x.id === t.id ? { ...x, detached: true } : x)),
    };
    const { bytes } = await exportDocx(gone, template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    const back = readDocx(bytes).threads.find((x) => x.comments[0]!.text === '跨段：数据核对')!;
    expect(back).toMatchObject({ detached: true, anchor: { exact: t.anchor.exact } });
    expect(mergeComments(gone, readDocx(bytes).threads, { keepDetached: true }).added).toBe(0);
  });

  it.skipIf(!sofficeAvailable())(
    'a LibreOffice-saved copy keeps the comments, replies and quotes',
    async () => {
      const draft = reviewedDraft();
      const { bytes } = await exportDocx(draft, template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
      const { threads } = readDocx(resaveDocx(bytes));
      // LibreOffice drops the reply links of commentsExtended; replies are regrouped by their shared range.
      expect(summary(threads)).toEqual(summary(draft.comments));
      // Back onto the draft: recognised as the same threads.
      const m = mergeComments(draft, threads, { keepDetached: true });
      expect(m.added).toBe(0);
    },
    180_000,
  );
});
