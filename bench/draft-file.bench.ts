/**
 * Open and save of a 50-page draft (~30,000 counted characters, 22 x 28 per page, with comments):
 * in memory (serialize / parse-and-validate) and on disk (atomic save with fsync and .bak; load).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDraft, serializeDraft } from '../core/draft/index';
import { paragraph, subHeading, type Block } from '../core/model/content';
import type { Report } from '../core/model/report';
import { createReport, reportCharCount } from '../core/model/report-helpers';
import { loadDraftFile, saveDraftFile } from '../electron/service/draft-file';
import { findTemplate, shippedTemplates } from '../templates/index';
import { measure, percentile, type BenchRow } from './harness';

const SENTENCE =
  '我局组织执法人员培训 4 期，参训人员210人次，全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。';

function fiftyPages(): Report {
  const r = createReport(findTemplate('zhanjiang-department')!, { org: '某市某某局', year: 2024 });
  const per = Math.ceil(30_000 / r.sections.length);
  r.sections = r.sections.map((s) => {
    const blocks: Block[] = [];
    let chars = 0;
    while (chars < per) {
      if (blocks.length % 6 === 0) blocks.push(subHeading(2, `第${blocks.length}项工作`));
      blocks.push({
        type: 'paragraph',
        children: [{ text: '一是', bold: true }, { text: SENTENCE.repeat(3) }],
      });
      chars += SENTENCE.length * 3;
    }
    return { ...s, blocks };
  });
  r.preamble = [paragraph('现将有关情况报告如下：')];
  r.comments = Array.from({ length: 20 }, (_, i) => ({
    id: `t${i}`,
    anchor: {
      exact: '执法',
      prefix: '组织',
      suffix: '人员',
      sectionId: 'measures',
      blockIndex: 1,
      offset: 4,
    },
    comments: [
      {
        id: `c${i}`,
        author: '审阅人',
        initials: 'SY',
        createdAt: '2025-01-21T08:00:00Z',
        text: '请核实数字',
      },
    ],
    resolved: false,
    detached: false,
  }));
  return r;
}

export default async function bench(): Promise<BenchRow[]> {
  const report = fiftyPages();
  const chars = reportCharCount(report);
  const text = serializeDraft(report);
  const opts = { fileName: 'bench.gwdraft', knownTemplates: shippedTemplates().map((t) => t.id) };
  const note = `${chars} 字, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`;
  const dir = await mkdtemp(join(tmpdir(), 'gwdraft-bench-'));
  const file = join(dir, 'bench.gwdraft');
  try {
    const ser = await measure(() => serializeDraft(report), 30, 5);
    const parse = await measure(() => parseDraft(text, opts), 30, 5);
    const save = await measure(() => saveDraftFile(file, report), 30, 3);
    const load = await measure(() => loadDraftFile(file), 30, 3);
    const row = (name: string, s: number[], target?: number): BenchRow => ({
      name,
      median: percentile(s, 50),
      p95: percentile(s, 95),
      unit: 'ms',
      ...(target !== undefined ? { target } : {}),
      note,
    });
    return [
      row('draft: serialize 50 pages', ser),
      row('draft: parse + validate 50 pages', parse),
      row('draft: save 50 pages (atomic, fsync, .bak)', save, 100),
      row('draft: open 50 pages (read, parse, validate)', load, 100),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
