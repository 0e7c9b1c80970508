/**
 * DOCX import and comment re-anchoring at the size of a real report: ~25,000 characters, 300 paragraphs
 * (~50 pages at 22 × 28), 10 Word comments.
 */
import { measure, percentile, type BenchRow } from './harness';
import { findTemplate } from '../templates/index';
import { importDocx } from '../core/docx/import/index';
import { reanchor, unmark } from '../core/comments/index';
import {
  commentsXml,
  documentXml,
  end,
  makeDocx,
  p,
  r,
  start,
  type FixtureComment,
} from '../test/fixtures/docx/make-docx';

const SENTENCE = '我局坚持依法行政，全年审核规范性文件15件，开展行政执法检查30次，办理行政复议案件3件，';

function bigDocx(): Uint8Array {
  const body: string[] = [p(r('某某市某某局2024年法治政府建设年度报告'))];
  const comments: FixtureComment[] = [];
  const headings = [
    '一、深入学习贯彻习近平法治思想的情况',
    '二、2024年度推进法治政府建设的主要举措和成效',
    '三、存在的不足和原因',
    '四、下一年度推进法治政府建设的主要安排',
  ];
  let n = 0;
  for (const h of headings) {
    body.push(p(r(h, { bold: true })));
    for (let i = 0; i < 74; i++, n++) {
      const text = `${SENTENCE}第${n}段。`;
      if (n % 30 === 5 && comments.length < 10) {
        const id = comments.length;
        body.push(p(r(text.slice(0, 10)) + start(id) + r(text.slice(10, 30)) + end(id) + r(text.slice(30))));
        comments.push({
          id,
          author: '张三',
          date: '2025-01-10T10:00:00Z',
          text: `批注${id}`,
          paraId: `0000000${id}`,
        });
      } else body.push(p(r(text)));
    }
  }
  return makeDocx({ document: documentXml(body.join('')), comments: commentsXml(comments) });
}

export default async function bench(): Promise<BenchRow[]> {
  const template = findTemplate('zhanjiang-department')!;
  const bytes = bigDocx();
  const imp = await measure(() => importDocx(bytes, { template, fallbackYear: 2024 }), 20, 3);
  const report = importDocx(bytes, { template, fallbackYear: 2024 }).report;
  // Every mark lost (file edited elsewhere): each thread found again by its quote.
  const lost = unmark(report, () => true);
  const re = await measure(() => reanchor(lost), 20, 3);
  // Quotes no longer found exactly nor by context: the approximate search runs over the whole text.
  const edited = {
    ...lost,
    comments: lost.comments.map((t) => ({
      ...t,
      anchor: { ...t.anchor, exact: `改${t.anchor.exact.slice(1)}`, prefix: '', suffix: '' },
    })),
  };
  const fuzzy = await measure(() => reanchor(edited), 10, 2);
  return [
    {
      name: 'importDocx 300 paragraphs, 10 comments',
      median: percentile(imp, 50),
      p95: percentile(imp, 95),
      target: 150,
      note: `${(bytes.length / 1024).toFixed(0)} KB docx`,
    },
    {
      name: 'reanchor 10 threads with marks lost',
      median: percentile(re, 50),
      p95: percentile(re, 95),
      target: 100,
    },
    {
      name: 'reanchor 10 threads, approximate search',
      median: percentile(fuzzy, 50),
      p95: percentile(fuzzy, 95),
      target: 500,
    },
  ];
}
