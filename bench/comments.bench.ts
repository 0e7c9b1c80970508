/**
 * Comment anchors on a 50-page draft (~30,000 characters) with 60 threads: what the app does on every
 * toReport (save, autosave, checklist) — settling anchors from the marks — what it does on opening a
 * file, and listing the threads for the 批注 tab.
 */
import { addThread, listThreads } from '../core/comments/index';
import { paragraph, type Block } from '../core/model/content';
import { createReport } from '../core/model/report-helpers';
import type { Report } from '../core/model/report';
import { findTemplate } from '../templates/index';
import { anchorOnOpen, settleThreads } from '../renderer/comments/anchors';
import { measure, percentile, type BenchRow } from './harness';

const SENTENCES = [
  '我局组织执法人员培训4期，参训人员210人次，持证执法人员共58名。',
  '全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，法制审核率100%。',
  '依托门户网站主动公开政府信息1200余条，办理依申请公开事项12件，均在法定期限内答复。',
  '落实“谁执法谁普法”责任制，围绕民法典开展送法进企业活动18场，发放宣传资料3000余份。',
];

function draft(): Report {
  const template = findTemplate('zhanjiang-department')!;
  const r = createReport(template, { org: '某局', year: 2025 });
  const per = Math.ceil(30_000 / r.sections.length);
  let k = 0;
  r.sections = r.sections.map((s) => {
    const blocks: Block[] = [];
    let chars = 0;
    while (chars < per) {
      const text = `${k}、${SENTENCES[k % 4]!}${SENTENCES[(k + 1) % 4]!}`;
      k += 1;
      blocks.push(paragraph(text));
      chars += text.length;
    }
    return { ...s, blocks };
  });
  let report = r;
  for (let i = 0; i < 60; i++) {
    const s = report.sections[i % report.sections.length]!;
    const blockIndex = (i * 7) % s.blocks.length;
    report = addThread(
      report,
      { sectionId: s.id, blockIndex, offset: 3, length: 12 },
      { author: '李明', createdAt: `2026-11-25T09:${String(i % 60).padStart(2, '0')}:00Z`, text: `意见${i}` },
    ).report;
  }
  return report;
}

export default async function bench(): Promise<BenchRow[]> {
  const report = draft();
  const template = findTemplate('zhanjiang-department');
  const settle = await measure(() => settleThreads(report, report.comments), 50, 5);
  const lost = {
    ...report,
    comments: report.comments.map((t, i) => (i % 10 === 0 ? { ...t, id: `${t.id}-x` } : t)),
  };
  const open = await measure(() => anchorOnOpen(lost), 20, 3);
  const list = await measure(() => listThreads(report, template), 50, 5);
  const note = `${report.sections.reduce((a, s) => a + s.blocks.length, 0)} blocks, ${report.comments.length} threads`;
  const med = (xs: number[]) => percentile(xs, 50);
  return [
    {
      name: 'comments: settle anchors on toReport, 50 pages',
      median: med(settle),
      p95: percentile(settle, 95),
      target: 10,
      note,
    },
    {
      name: 'comments: open (6 threads re-placed by quote), 50 pages',
      median: med(open),
      p95: percentile(open, 95),
      target: 100,
      note,
    },
    {
      name: 'comments: list threads for the 批注 tab',
      median: med(list),
      p95: percentile(list, 95),
      target: 20,
      note,
    },
  ];
}
