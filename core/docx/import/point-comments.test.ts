import { describe, expect, it } from 'vitest';
import { commentsXml, documentXml, end, makeDocx, p, r, start } from '../../../test/fixtures/docx/make-docx';
import { findTemplate } from '../../../templates/index';
import { importDocx, readDocxReview } from './index';
import { clauseAt } from './read';

/** LibreOffice's comment at the caret: a reference mark, no range. */
const ref = (id: number) => `<w:r><w:commentReference w:id="${id}"/></w:r>`;

const BODY = [
  p(r('白沙镇人民政府2024年法治政府建设年度报告'), { center: true }),
  p(r('　　2024年，白沙镇深入学习贯彻习近平法治思想。现将有关情况报告如下：')),
  p(r('一、2024年推进法治政府建设的主要举措和成效')),
  p(r('　　全年开展巡查检查186次') + ref(0) + r('，办理行政处罚案件21件。')),
  // WPS: an empty range where the caret was.
  p(r('　　调处矛盾纠纷') + start(1) + end(1) + r('214件，成功率98%。')),
  p(r('二、存在的不足和原因')),
  p(r('　　一是执法力量薄弱。') + ref(2)),
  p(r('三、下一年度主要安排')),
  p(r('　　2025年，我镇将加强执法培训。')),
  p(r('白沙镇人民政府')),
  p(r('2025年1月12日')),
].join('');

const COMMENTS = [
  { id: 0, author: '张三', date: '2025-01-20T10:00:00Z', text: '次数偏少', paraId: '3C000001' },
  { id: 1, author: '张三', date: '2025-01-20T10:01:00Z', text: '请核实', paraId: '3C000002' },
  { id: 2, author: '张三', date: '2025-01-20T10:02:00Z', text: '原因？', paraId: '3C000003' },
];

describe('comments on a point (LibreOffice, WPS)', () => {
  it('quote the clause at the point, and are placed on it, not kept as 原文已删除 with an empty quote', () => {
    const bytes = makeDocx({ document: documentXml(BODY), comments: commentsXml(COMMENTS) });
    const threads = readDocxReview(bytes).threads;
    expect(threads.map((t) => [t.anchor.exact, t.detached])).toEqual([
      ['全年开展巡查检查186次', false],
      ['调处矛盾纠纷214件', false],
      ['一是执法力量薄弱。', false],
    ]);
    const { report } = importDocx(bytes, { template: findTemplate('township')!, fallbackYear: 2024 });
    expect(report.comments.every((t) => !t.detached)).toBe(true);
  });

  it('takes the clause around, before or after the point, within one line', () => {
    const text = '甲段。\n　　全年开展巡查检查186次，办理案件21件。\n乙段';
    const at = (s: string) => text.indexOf(s);
    const quote = (pos: number) => {
      const c = clauseAt(text, pos);
      return text.slice(c.start, c.end);
    };
    expect(quote(at('检查'))).toBe('全年开展巡查检查186次');
    expect(quote(at('，办理'))).toBe('全年开展巡查检查186次');
    expect(quote(at('办理'))).toBe('办理案件21件');
    expect(quote(at('\n乙段'))).toBe('办理案件21件。');
    expect(quote(text.length)).toBe('乙段');
    const long = '很'.repeat(100);
    expect(quote(0)).toBe('甲段');
    expect(clauseAt(long, 50).end - clauseAt(long, 50).start).toBe(40);
  });
});
