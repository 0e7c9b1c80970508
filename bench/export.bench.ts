/**
 * Export speed: the in-process exportDocx of a generated 50-page (~30,000 characters) and 200-page
 * report, and the whole `gwdraft` process (as `npx gwdraft` runs it: the prebuilt bundle) side by side
 * with `node -e 0` and `pandoc --reference-doc` on the same text when pandoc is installed, for the
 * 50-page report and the seed report; `templates` and `check FILE` against node's start-up.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_EXPORT_OPTIONS } from '../core/api/contract';
import { encodeDraft } from '../core/draft/index';
import { exportDocx } from '../core/docx/export/index';
import { blockText } from '../core/model/content';
import { reportCharCount, resolvedTitle, headingOf } from '../core/model/report-helpers';
import { sectionLabel } from '../core/model/numbering';
import type { Report } from '../core/model/report';
import { findTemplate } from '../templates/index';
import { sampleReport } from '../test/render/sample-report';
import { main } from '../cli/main';
import { measure, percentile, type BenchRow } from './harness';
import {
  breakdown,
  CLI,
  cliMode,
  fmtBreakdown,
  load,
  timeInterleaved,
  timeInterleavedWithCpu,
} from './process-timing';

const template = findTemplate('zhanjiang-department')!;

function median(samples: number[]): number {
  return percentile(samples, 50);
}

/** The report as Markdown, for pandoc. */
function markdownOf(report: Report): string {
  const lines = [`# ${resolvedTitle(report, template)}`, ''];
  for (const b of report.preamble) lines.push(blockText(b), '');
  report.sections.forEach((s, i) => {
    lines.push(`## ${sectionLabel(i)}${headingOf(s, report, template)}`, '');
    for (const b of s.blocks) lines.push(blockText(b), '');
  });
  return lines.join('\n');
}

function pandocVersion(): string {
  const out = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  return out.stdout.split('\n')[0] ?? 'pandoc';
}

export default async function exportBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const reports = {
    50: sampleReport(template, { chars: 32_000 }),
    200: sampleReport(template, { chars: 128_000 }),
  };
  for (const [pages, report] of Object.entries(reports)) {
    let size = 0;
    const samples = await measure(
      async () => {
        size = (await exportDocx(report, template, DEFAULT_EXPORT_OPTIONS)).bytes.length;
      },
      pages === '50' ? 40 : 15,
      5,
    );
    rows.push({
      name: `export in-process, ${pages} pages (${reportCharCount(report)} chars)`,
      median: median(samples),
      p95: percentile(samples, 95),
      unit: 'ms',
      target: pages === '50' ? 15 : 50,
      note: `${Math.round(size / 1024)} KB DOCX`,
    });
  }

  rows.push(...(await processRows(reports[50])));
  return rows;
}

const SEED = '/work/shared/seeds/000_52ea85317cf61e96.txt';

/** `main(argv)` in this process with its output swallowed: the command's own work, once warm. */
async function inProcess(argv: string[]): Promise<number[]> {
  const out = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await measure(() => main(argv), 20, 3);
  } finally {
    process.stdout.write = out;
  }
}

/**
 * The whole `gwdraft` process beside `node -e 0` and pandoc, all interleaved in one loop (9 rounds after
 * one unmeasured): export of the 50-page draft and of the seed report (a .txt imported on the way), and
 * `templates` / `check FILE` against 1.5 × (node -e 0 + the same command's work in-process).
 */
async function processRows(report50: Report): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const mode = cliMode();
  const dir = mkdtempSync(join(tmpdir(), 'gwdraft-bench-export-'));
  const draft = join(dir, 'r50.gwdraft');
  writeFileSync(draft, encodeDraft(report50, 'r50.gwdraft'));
  const seed = join(dir, 'seed.txt');
  writeFileSync(seed, existsSync(SEED) ? readFileSync(SEED) : markdownOf(report50));
  const md = join(dir, 'r50.md');
  writeFileSync(md, markdownOf(report50));
  const ref = join(dir, 'ref.docx');
  writeFileSync(ref, (await exportDocx(report50, template, DEFAULT_EXPORT_OPTIONS)).bytes);
  const hasPandoc = spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;

  const node = process.execPath;
  const cmds = [
    { cmd: node, args: ['-e', '0'] },
    { cmd: node, args: [CLI, 'export', draft, '-o', join(dir, 'r50.docx'), '--force'] },
    { cmd: node, args: [CLI, 'export', seed, '-o', join(dir, 'seed.docx'), '--force'] },
    { cmd: node, args: [CLI, 'templates'] },
    { cmd: node, args: [CLI, 'check', draft, '--today', '2026-03-01'] },
    ...(hasPandoc
      ? [
          { cmd: 'pandoc', args: [md, '--reference-doc', ref, '-o', join(dir, 'p50.docx')] },
          {
            cmd: 'pandoc',
            args: [seed, '-f', 'markdown', '--reference-doc', ref, '-o', join(dir, 'ps.docx')],
          },
        ]
      : []),
  ];
  const before = load();
  const timed = timeInterleavedWithCpu(cmds, 9);
  const [node0, ex50, exSeed, tpl, chk, p50, pSeed] = timed.map((t) => ({
    median: median(t.wall),
    p95: percentile(t.wall, 95),
  }));
  const cpu = timed.map((t) => median(t.cpu));
  const cpuNote = (k: number) => (Number.isFinite(cpu[k]!) ? `CPU ${cpu[k]!.toFixed(0)} ms; ` : '');
  const after = load();
  for (const f of ['r50.docx', 'seed.docx'])
    if (readFileSync(join(dir, f)).subarray(0, 2).toString() !== 'PK') throw new Error(`${f} is not a DOCX`);

  const where = `9 rounds interleaved, ${before} → ${after}; gwdraft ${mode}`;
  rows.push({ name: 'node -e 0 (Node start-up floor)', ...node0!, note: `${cpuNote(0)}${where}` });
  rows.push({
    name: 'gwdraft export process, 50 pages',
    ...ex50!,
    note: cpuNote(1) + fmtBreakdown(breakdown(['export', draft, '-o', join(dir, 'r50b.docx'), '--force'], 5)),
  });
  rows.push({
    name: 'gwdraft export process, seed report (.txt imported on the way)',
    ...exSeed!,
    note: cpuNote(2) + fmtBreakdown(breakdown(['export', seed, '-o', join(dir, 'seedb.docx'), '--force'], 5)),
  });
  if (p50 && pSeed) {
    const v = pandocVersion();
    rows.push({
      name: 'pandoc --reference-doc, 50 pages (same text as Markdown)',
      ...p50,
      note: cpuNote(5) + v,
    });
    rows.push({ name: 'pandoc --reference-doc, seed report', ...pSeed, note: cpuNote(6) + v });
    rows.push({
      name: 'gwdraft export / pandoc, 50 pages (process time)',
      median: ex50!.median / p50.median,
      unit: 'ratio',
      target: 1,
      note: `medians of the same interleaved run; CPU-time ratio ${(cpu[1]! / cpu[5]!).toFixed(2)}`,
    });
    rows.push({
      name: 'gwdraft export / pandoc, seed report (process time)',
      median: exSeed!.median / pSeed.median,
      unit: 'ratio',
      target: 1,
      note: `medians of the same interleaved run; CPU-time ratio ${(cpu[2]! / cpu[6]!).toFixed(2)}`,
    });
  } else
    rows.push({ name: 'gwdraft export / pandoc', median: NaN, unit: 'ratio', note: 'pandoc not installed' });

  const tplWork = median(await inProcess(['templates']));
  const chkWork = median(await inProcess(['check', draft, '--today', '2026-03-01']));
  rows.push({
    name: 'gwdraft templates process',
    ...tpl!,
    target: 1.5 * (node0!.median + tplWork),
    note: `${cpuNote(3)}target 1.5 × (node -e 0 + ${tplWork.toFixed(2)} ms of work in-process); ${fmtBreakdown(breakdown(['templates'], 5))}`,
  });
  rows.push({
    name: 'gwdraft check FILE process, 50 pages',
    ...chk!,
    target: 1.5 * (node0!.median + chkWork),
    note: `${cpuNote(4)}target 1.5 × (node -e 0 + ${chkWork.toFixed(1)} ms of work in-process); ${fmtBreakdown(breakdown(['check', draft, '--today', '2026-03-01'], 5))}`,
  });

  // For comparison: the same export from the TypeScript sources through tsx (the bin's fallback).
  const [src] = timeInterleaved(
    [
      {
        cmd: node,
        args: [CLI, 'export', draft, '-o', join(dir, 'r50s.docx'), '--force'],
        env: { GWDRAFT_CLI: 'sources' },
      },
    ],
    3,
  );
  rows.push({
    name: 'gwdraft export process, 50 pages, from the sources (tsx fallback)',
    median: median(src!),
    p95: percentile(src!, 95),
    note: '3 runs; what the bin runs when the bundle is stale, for comparison',
  });
  rmSync(dir, { recursive: true, force: true });
  return rows;
}
