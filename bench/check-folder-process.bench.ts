/**
 * A 法治办's folder as one process: `gwdraft check FOLDER` over 50 departments' reports, as a reviewer
 * runs it (node start-up, loading, reading, importing, checking and printing all included). The folder
 * mixes what arrives: 30 drafts (.gwdraft), 10 Word files (.docx, exported by gwdraft) and 10 text
 * files (.txt, the seed report and variants), each a 10–20 page report. Target (issue 16): ≤ 2 s.
 * (bench/check.bench.ts times the checklist in-process; another bench may time folder checks too.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_EXPORT_OPTIONS } from '../core/api/contract';
import { encodeDraft } from '../core/draft/index';
import { exportDocx } from '../core/docx/export/index';
import { findTemplate } from '../templates/index';
import { sampleReport } from '../test/render/sample-report';
import { percentile, type BenchRow } from './harness';
import { cliMode } from './process-timing';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = '/work/shared/seeds/000_52ea85317cf61e96.txt';

export default async function checkFolderBench(): Promise<BenchRow[]> {
  const template = findTemplate('zhanjiang-department')!;
  const dir = mkdtempSync(join(tmpdir(), 'gwdraft-bench-folder-'));
  const folder = join(dir, 'reports');
  execFileSync('mkdir', [folder]);
  let seed: string;
  try {
    seed = readFileSync(SEED, 'utf8');
  } catch {
    seed = readFileSync(join(root, 'test/fixtures/check/messy-department.md'), 'utf8');
  }
  for (let i = 0; i < 30; i++) {
    const r = sampleReport(template, { chars: 6_000 + 200 * i });
    r.meta.org = `第${i + 1}局`;
    writeFileSync(join(folder, `d${String(i).padStart(2, '0')}.gwdraft`), encodeDraft(r, `d${i}.gwdraft`));
  }
  for (let i = 0; i < 10; i++) {
    const r = sampleReport(template, { chars: 8_000 + 300 * i });
    const { bytes } = await exportDocx(r, template, DEFAULT_EXPORT_OPTIONS);
    writeFileSync(join(folder, `w${i}.docx`), bytes);
  }
  for (let i = 0; i < 10; i++)
    writeFileSync(join(folder, `t${i}.txt`), seed.replace(/2024/g, String(2015 + i)));

  const cli = join(root, 'cli', 'bin', 'gwdraft.cjs');
  const run = () => {
    try {
      execFileSync('node', [cli, 'check', folder, '--today', '2026-03-01'], { cwd: root, stdio: 'pipe' });
    } catch (e) {
      // exit 1: some report misses a mandated item — the check itself ran
      if ((e as { status?: number }).status !== 1) throw e;
    }
  };
  run();
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  rmSync(dir, { recursive: true, force: true });
  return [
    {
      name: '`gwdraft check FOLDER`, 50 reports (30 .gwdraft, 10 .docx, 10 .txt), one process',
      median: percentile(samples, 50),
      p95: percentile(samples, 95),
      unit: 'ms',
      target: 2000,
      note: `5 runs; ${cliMode()}`,
    },
  ];
}
