import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { findTemplate } from '../../templates/index';
import { DEFAULT_EXPORT_OPTIONS } from '../api/contract';
import { exportDocx } from '../docx/export/export-docx';
import { readDocxReview } from '../docx/import/index';
import { paragraph } from '../model/content';
import { createReport } from '../model/report-helpers';
import type { Report, ReportMeta } from '../model/report';
import { addLineThread, followHeadingEdit, followLineEdits, followSpan, lineAnchor } from './line-threads';
import { listThreads } from './list';
import { mergeComments } from './merge';
import { linePlaceOf, metaPlaceOf } from './place';
import { reply, resolveThread } from './threads';

const template = findTemplate('zhanjiang-department')!;
const who = (text: string, minute = 0) => ({
  author: '周审阅',
  unit: '市司法局',
  createdAt: `2025-02-10T0${minute}:00:00Z`,
  text,
});

function report(): Report {
  const r = createReport(template, { org: '某某市某某局', year: 2024 });
  return {
    ...r,
    meta: { ...r.meta, recipient: '市委依法治市办', date: '2025-01-15' },
    preamble: [paragraph('现将有关情况报告如下：')],
  };
}

/** The report with its meta changed as a field edit would, the line threads following. */
function edit(r: Report, patch: Partial<ReportMeta>): Report {
  const meta = { ...r.meta, ...patch };
  return { ...r, meta, comments: [...followLineEdits(r, template, meta)] };
}

const place = (r: Report, id: string) =>
  metaPlaceOf(
    r,
    template,
    r.comments.find((t) => t.id === id)!,
  );

describe('comments written in the app on the title, 主送机关, 署名 and 成文日期', () => {
  it('anchors each on its line, as a Word comment on that line comes back', () => {
    let r = report();
    // The title is derived (null): 某某市某某局2024年法治政府建设年度报告; the 署名 too: 某某市某某局.
    const title = addLineThread(r, template, 'title', { start: 6, end: 11 }, who('年度写法'));
    r = title.report;
    const sig = addLineThread(r, template, 'signature', null, who('署名用全称', 1));
    r = sig.report;
    const rec = addLineThread(r, template, 'recipient', { start: 0, end: 3 }, who('主送', 2));
    r = rec.report;
    const date = addLineThread(r, template, 'date', null, who('日期', 3));
    r = date.report;
    expect(r.comments.map((t) => t.anchor.exact)).toEqual([
      '2024年',
      '某某市某某局',
      '市委依',
      '2025年1月15日',
    ]);
    expect(r.comments.every((t) => t.detached)).toBe(true);
    expect([title, sig, rec, date].map((x) => place(r, x.threadId))).toEqual([
      'title',
      'signature',
      'recipient',
      'date',
    ]);
    // The 署名 is the org the title begins with: its comment is still not on the title.
    expect(linePlaceOf(r, template, r.comments[1]!)).toEqual({ place: 'signature', sectionId: null });
    const list = listThreads(r, template);
    expect(list.map((t) => [t.place, t.sectionLabel])).toEqual([
      ['title', '标题'],
      ['recipient', '主送机关'],
      ['signature', '署名'],
      ['date', '成文日期'],
    ]);
    // Replied to and resolved as any thread.
    r = resolveThread(reply(r, sig.threadId, who('已改', 4)), sig.threadId);
    expect(listThreads(r, template, 'resolved')[0]).toMatchObject({
      place: 'signature',
      replies: [{ text: '已改' }],
    });
  });

  it('takes the whole line for a caret or empty selection and leaves spaces around the words out', () => {
    const r = { ...report(), meta: { ...report().meta, signature: '中共某县委 某县人民政府' } };
    const whole = addLineThread(r, template, 'signature', { start: 3, end: 3 }, who('联合行文'));
    expect(whole.report.comments[0]!.anchor.exact).toBe('中共某县委 某县人民政府');
    const spaced = addLineThread(r, template, 'signature', { start: 4, end: 6 }, who('空格'));
    expect(spaced.report.comments[0]!.anchor.exact).toBe('委');
    expect(place(spaced.report, spaced.threadId)).toBe('signature');
    expect(() =>
      addLineThread({ ...r, meta: { ...r.meta, date: null } }, template, 'date', null, who('x')),
    ).toThrow(/无法批注/);
  });

  it('keeps the anchor while the field is edited around or inside the words, 原文已删除 once they are gone', () => {
    let r = report();
    r = { ...r, meta: { ...r.meta, title: '关于某某市某某局2024年法治政府建设情况的报告' } };
    const { report: withThread, threadId } = addLineThread(
      r,
      template,
      'title',
      { start: 8, end: 13 },
      who('年度'),
    );
    r = withThread;
    expect(r.comments[0]!.anchor.exact).toBe('2024年');
    // Text typed before the words, then inside them: the thread follows.
    r = edit(r, { title: '关于某某市某某局2024年度法治政府建设情况的报告' });
    expect(place(r, threadId)).toBe('title');
    r = edit(r, { title: '某某市某某局2024年度法治政府建设情况的报告' });
    expect(place(r, threadId)).toBe('title');
    r = edit(r, { title: '某某市某某局20245年度法治政府建设情况的报告' });
    expect(r.comments[0]!.anchor.exact).toBe('20245年');
    expect(place(r, threadId)).toBe('title');
    // Part of the words deleted: the rest keeps the thread.
    r = edit(r, { title: '某某市某某局2025年度法治政府建设情况的报告' });
    expect(r.comments[0]!.anchor.exact).toBe('2025年');
    // Typed over but its last character: that one keeps the thread, as a mark would.
    expect(edit(r, { title: '某某市某某局上年度法治政府建设情况的报告' }).comments[0]!.anchor.exact).toBe(
      '上年',
    );
    // All of it deleted: 原文已删除, with the last quote.
    const before = r;
    r = edit(r, { title: '某某市某某局度法治政府建设情况的报告' });
    expect(place(r, threadId)).toBeNull();
    expect(listThreads(r, template)[0]).toMatchObject({ detached: true, quote: '2025年' });
    expect(listThreads(r, template)[0]!.place).toBeUndefined();
    // The whole field replaced at once (a paste) with the words still in it: the thread stays on them.
    const pasted = edit(before, { title: '关于某某市某某局2025年工作情况的报告' });
    expect(pasted.comments[0]!.anchor.exact).toBe('2025年');
    expect(place(pasted, threadId)).toBe('title');
    // 撤销: the field as it was, the thread on it again.
    r = edit(r, { title: before.meta.title });
    expect(place(r, threadId)).toBe('title');
  });

  it('follows a derived title and 署名 when the org changes, and the date when it is changed', () => {
    let r = report();
    const t = addLineThread(r, template, 'title', { start: 6, end: 11 }, who('年度'));
    const s = addLineThread(t.report, template, 'signature', { start: 3, end: 6 }, who('局名', 1));
    const d = addLineThread(s.report, template, 'date', { start: 0, end: 5 }, who('年份', 2));
    r = edit(d.report, { org: '某某市某某管理局' });
    expect(place(r, t.threadId)).toBe('title');
    expect(r.comments.find((x) => x.id === s.threadId)!.anchor.exact).toBe('某某管理局');
    expect(place(r, s.threadId)).toBe('signature');
    r = edit(r, { date: '2025-03-01' });
    expect(place(r, d.threadId)).toBe('date');
    // The field emptied: nothing printed there, the thread is 原文已删除.
    r = edit(r, { date: null });
    expect(place(r, d.threadId)).toBeNull();
  });

  it('maps a span through one edit as marks move', () => {
    expect(followSpan('abcdef', 'abXcdef', 2, 4)).toEqual({ start: 3, end: 5 }); // typed just before
    expect(followSpan('abcdef', 'abcdXef', 2, 4)).toEqual({ start: 2, end: 4 }); // just after
    expect(followSpan('abcdef', 'abcXdef', 2, 4)).toEqual({ start: 2, end: 5 }); // inside
    expect(followSpan('abcdef', 'abdef', 2, 4)).toEqual({ start: 2, end: 3 }); // one deleted
    expect(followSpan('abcdef', 'abef', 2, 4)).toBeNull(); // all deleted
    expect(followSpan('abcdef', 'abXYef', 2, 4)).toBeNull(); // typed over
    expect(followSpan('abcdef', 'aXdef', 2, 4)).toEqual({ start: 2, end: 3 }); // from before into it
    expect(lineAnchor('甲乙丙', 1, 2)).toMatchObject({ exact: '乙', prefix: '\n甲', suffix: '丙\n' });
  });

  it("anchors one on a part's heading by its section, follows the heading's fixes and the year", async () => {
    let r = report();
    // 四、2024年度推进法治政府建设的主要举措和成效 (the template's, with the year).
    const line = '四、2024年度推进法治政府建设的主要举措和成效';
    const at = line.indexOf('主要举措');
    const t = addLineThread(r, template, 'heading', { start: at, end: at + 4 }, who('举措要具体'), {
      sectionId: 'measures',
    });
    r = t.report;
    expect(r.comments[0]!.anchor).toMatchObject({ exact: '主要举措', suffix: '和成效\n' });
    expect(linePlaceOf(r, template, r.comments[0]!)).toEqual({ place: 'heading', sectionId: 'measures' });
    expect(listThreads(r, template)[0]).toMatchObject({ place: 'heading', section: 'measures' });
    // The words in another part's heading are not this one's.
    const five = addLineThread(r, template, 'heading', null, who('不足', 1), { sectionId: 'shortcomings' });
    expect(linePlaceOf(five.report, template, five.report.comments[1]!)).toEqual({
      place: 'heading',
      sectionId: 'shortcomings',
    });
    // The heading as the unit wrote it, then the year: the thread follows.
    const comments = followHeadingEdit(r, template, 'measures', '2024年度主要举措、工作成效');
    r = {
      ...r,
      comments: [...comments],
      sections: r.sections.map((s) =>
        s.id === 'measures' ? { ...s, heading: '2024年度主要举措、工作成效' } : s,
      ),
    };
    expect(place(r, t.threadId)).toBe('heading');
    r = edit(r, { year: 2025 });
    expect(place(r, t.threadId)).toBe('heading');
    expect(r.comments[0]!.anchor.exact).toBe('主要举措');
    // Written on that heading in the review copy.
    const { bytes } = await exportDocx(r, template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    const doc = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const commented = doc
      .split('</w:p>')
      .filter((p) => /<w:commentRangeStart /.test(p))
      .map((p) => p.replace(/<[^>]+>/g, ''));
    expect(commented).toEqual(['四、2024年度主要举措、工作成效']);
    expect(doc).toMatch(
      /<w:commentRangeStart w:id="0"\/>(<[^>]+>)*主要举措<\/w:t><\/w:r><w:commentRangeEnd w:id="0"\/>/,
    );
  });

  it("writes a range across the title's printed lines around the words, read back onto the title", async () => {
    let r = report();
    const title = '关于某某市某某局2024年度法治政府建设情况和2025年度工作安排的报告';
    r = { ...r, meta: { ...r.meta, title } };
    const start = title.indexOf('建设情况');
    r = addLineThread(r, template, 'title', { start, end: start + 9 }, who('跨行')).report;
    expect(r.comments[0]!.anchor.exact).toBe('建设情况和2025');
    const { bytes } = await exportDocx(r, template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    const doc = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const titlePara = doc.split('</w:p>').find((p) => /<w:commentRangeStart /.test(p))!;
    expect(titlePara).toContain('<w:br/>'); // broken over two printed lines
    const inRange = /<w:commentRangeStart w:id="0"\/>([\s\S]*?)<w:commentRangeEnd w:id="0"\/>/.exec(
      titlePara,
    )![1]!;
    expect(inRange.replace(/<[^>]+>/g, '')).toBe('建设情况和2025');
    const fresh = mergeComments({ ...r, comments: [] }, readDocxReview(bytes).threads, {
      keepDetached: true,
      template,
    });
    expect(listThreads(fresh.report, template)[0]).toMatchObject({ place: 'title', text: '跨行' });
    // Words that begin a printed line: the break stays outside their range, the quote is the words.
    r = report();
    r = { ...r, meta: { ...r.meta, title } };
    const lineStart = title.indexOf('2025年度工作');
    r = addLineThread(r, template, 'title', { start: lineStart, end: lineStart + 5 }, who('行首')).report;
    const copy = await exportDocx(r, template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    expect(readDocxReview(copy.bytes).threads[0]!.anchor.exact).toBe('2025年');
  });

  it('writes them on their lines in the review copy, which reads back onto the same lines', async () => {
    let r = report();
    r = addLineThread(r, template, 'title', { start: 6, end: 11 }, who('标题意见')).report;
    r = addLineThread(r, template, 'signature', null, who('署名意见', 1)).report;
    const { bytes, warnings } = await exportDocx(r, template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    expect(warnings.join('')).not.toContain('原文已找不到');
    const files = unzipSync(bytes);
    const doc = strFromU8(files['word/document.xml']!);
    const commented = doc
      .split('</w:p>')
      .filter((p) => /<w:commentRangeStart /.test(p))
      .map((p) => p.replace(/<[^>]+>/g, ''));
    expect(commented).toEqual(['某某市某某局2024年法治政府建设年度报告', '某某市某某局']);
    // The title's range is around its words, not the whole title (Word shows the comment on 2024年).
    const inRange = doc.match(
      /<w:commentRangeStart w:id="(\d+)"\/>([\s\S]*?)<w:commentRangeEnd w:id="\1"\/>/g,
    )!;
    expect(inRange.map((x) => x.replace(/<[^>]+>/g, ''))).toEqual(['2024年', '某某市某某局']);
    expect(strFromU8(files['word/comments.xml']!)).not.toContain('原文已不在');
    const back = readDocxReview(bytes).threads;
    expect(mergeComments(r, back, { keepDetached: true, template })).toMatchObject({ added: 0 });
    const fresh = mergeComments({ ...r, comments: [] }, back, { keepDetached: true, template });
    expect(listThreads(fresh.report, template).map((t) => [t.place, t.quote, t.text])).toEqual([
      ['title', '2024年', '标题意见'],
      ['signature', '某某市某某局', '署名意见'],
    ]);
    // The archive copy has none.
    const clean = await exportDocx(r, template, DEFAULT_EXPORT_OPTIONS);
    expect(unzipSync(clean.bytes)['word/comments.xml']).toBeUndefined();
  });

  it("puts a joint 署名's comment around the commented organ, and reads it back onto it", async () => {
    let r = report();
    r = { ...r, meta: { ...r.meta, signature: '中共某县委员会 某县人民政府' } };
    const second = '中共某县委员会 '.length;
    r = addLineThread(r, template, 'signature', { start: second, end: second + 6 }, who('第二机关')).report;
    r = addLineThread(r, template, 'signature', null, who('整个署名', 1)).report;
    expect(r.comments.map((t) => t.anchor.exact)).toEqual(['某县人民政府', '中共某县委员会 某县人民政府']);
    // the page paints the lines of the organs the words are on (their starts in the 署名)
    expect(listThreads(r, template).map((t) => t.organs)).toEqual([[second], [0, second]]);
    for (const seal of [false, true]) {
      const opts = { ...DEFAULT_EXPORT_OPTIONS, comments: true, seal };
      const { bytes } = await exportDocx(r, template, opts);
      const doc = strFromU8(unzipSync(bytes)['word/document.xml']!);
      const range = (id: number) =>
        new RegExp(`<w:commentRangeStart w:id="${id}"/>([\\s\\S]*?)<w:commentRangeEnd w:id="${id}"/>`)
          .exec(doc)![1]!
          .replace(/<\/w:p>/g, '|')
          .replace(/<[^>]+>/g, '');
      // The second organ's comment on its words only (it was on the whole first organ's line); the
      // whole 署名's from the first organ to the last, across their lines (stacked) or tabs (sealed).
      expect(range(0)).toBe('某县人民政府');
      expect(range(1)).toBe(seal ? '中共某县委员会某县人民政府' : '中共某县委员会|某县人民政府');
      const back = readDocxReview(bytes).threads;
      const fresh = mergeComments({ ...r, comments: [] }, back, { keepDetached: true, template });
      // (listed in the order they begin: the whole 署名 first)
      expect(listThreads(fresh.report, template).map((t) => [t.place, t.quote, t.text])).toEqual([
        ['signature', '中共某县委员会 某县人民政府', '整个署名'],
        ['signature', '某县人民政府', '第二机关'],
      ]);
      // The anchors are the app's own again: merging the copy back adds nothing.
      const anchors = (x: Report) =>
        x.comments.map((t) => t.anchor).sort((a, b) => a.exact.length - b.exact.length);
      expect(anchors(fresh.report)).toEqual(anchors(r));
      expect(mergeComments(r, back, { keepDetached: true, template })).toMatchObject({ added: 0 });
    }
  });

  it("reads a whole-title comment from Word without the title's printed line breaks, and one on its second line", async () => {
    let r = report();
    const title = '关于某某市某某局2024年度法治政府建设情况和2025年度工作安排的报告';
    r = { ...r, meta: { ...r.meta, title } };
    r = addLineThread(r, template, 'title', null, who('整个标题')).report;
    const second = '2024年度法治政府建设情况和';
    const at = title.indexOf(second);
    r = addLineThread(r, template, 'title', { start: at, end: at + second.length }, who('第二行', 1)).report;
    const { bytes } = await exportDocx(r, template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    const doc = strFromU8(unzipSync(bytes)['word/document.xml']!);
    // the second printed line is exactly the second comment's words
    expect(doc).toMatch(
      /<w:br\/><w:t xml:space="preserve">2024年度法治政府建设情况和<\/w:t><\/w:r>|<w:br\/><\/w:r><w:commentRangeStart w:id="1"\/>/,
    );
    const back = readDocxReview(bytes).threads;
    expect(back[0]!.anchor.exact).toContain('\n'); // Word's quote carries the title's breaks
    const fresh = mergeComments({ ...r, comments: [] }, back, { keepDetached: true, template });
    const list = listThreads(fresh.report, template);
    expect(list.map((t) => [t.place, t.quote, t.text])).toEqual([
      ['title', title, '整个标题'],
      ['title', second, '第二行'],
    ]);
    expect(fresh.report.comments.map((t) => t.anchor)).toEqual(r.comments.map((t) => t.anchor));
    expect(fresh.report.comments[1]!.anchor.prefix).toBe('\n关于某某市某某局');
    // Written again, each range is around the same words.
    const again = await exportDocx(fresh.report, template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    const written = strFromU8(unzipSync(again.bytes)['word/document.xml']!);
    const range = (id: number) =>
      new RegExp(`<w:commentRangeStart w:id="${id}"/>([\\s\\S]*?)<w:commentRangeEnd w:id="${id}"/>`)
        .exec(written)![1]!
        .replace(/<[^>]+>/g, '');
    expect([range(0), range(1)]).toEqual([title, second]);
    expect(
      mergeComments(fresh.report, readDocxReview(again.bytes).threads, { keepDetached: true, template }),
    ).toMatchObject({ added: 0 });
  });
});
