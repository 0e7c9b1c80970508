import { describe, expect, it } from 'vitest';
import { commentsXml, documentXml, end, makeDocx, p, r, start } from '../../../test/fixtures/docx/make-docx';
import { findTemplate, shippedTemplates } from '../../../templates/index';
import { outlineVocabulary } from '../../../templates/vocabulary';
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

describe("the import's note on comments it does not place in the text", () => {
  it('says which are on the title or 署名 and which on deleted text, and keeps all', () => {
    const body = [
      p(start(1) + r('某县司法局2025年法治政府建设年度报告') + end(1)),
      p(r('一、2025年度推进法治政府建设的主要举措和成效')),
      p(
        r('局党组学习习近平法治思想3次，') +
          start(3) +
          `<w:del w:id="900" w:author="审阅人" w:date="2026-01-22T09:00:00Z"><w:r><w:delText>开展执法检查</w:delText></w:r></w:del>` +
          end(3) +
          r('办理复议案件2件。'),
      ),
      p(start(2) + r('某县司法局') + end(2)),
      p(r('2026年1月20日')),
    ].join('');
    const comment = (id: number, text: string) => ({
      id,
      author: '审阅人',
      date: '2026-01-22T09:00:00Z',
      text,
      paraId: `0000000${id}`,
    });
    const { report, notes } = importDocx(
      makeDocx({
        document: documentXml(body),
        comments: commentsXml([comment(1, '标题请核对'), comment(2, '署名用全称'), comment(3, '为何删去')]),
      }),
      { templates: shippedTemplates(), vocabulary: outlineVocabulary(), fallbackYear: 2024 },
    );
    expect(report.comments).toHaveLength(3);
    expect(notes.find((n) => n.startsWith('导入批注'))).toBe(
      '导入批注 3 条：0 条已定位，2 条在标题、署名等行上，1 条原文已删除，作为游离批注保留。',
    );
  });
});
