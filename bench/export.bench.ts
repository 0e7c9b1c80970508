/**
 * Export speed: the in-process exportDocx of a generated 50-page (~30,000 characters) and 200-page
 * report, and the whole `gwdraft export` process (node + tsx start-up included) side by side with
 * `pandoc --reference-doc` on the same text when pandoc is installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_EXPORT_OPTIONS } from '../core/api/contract';
import { encodeDraft } from '../core/draft/index';
import { exportDocx } from '../core/docx/export/index';
import { blockText } from '../core/model/content';
import { reportCharCount, resolvedTitle, headingOf } from '../core/model/report-helpers';
import { sectionLabel } from '../core/model/numbering';
import type { Report } from '../core/model/report';
import { findTemplate } from '../templates/index';
import { sampleReport } from '../test/render/sample-report';
import { measure, percentile, type BenchRow } from './harness';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
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

/** Wall time of a whole process, after one unmeasured run (so both sides start with warm disk caches). */
function pandocVersion(): string {
  const out = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  return out.stdout.split('\n')[0] ?? 'pandoc';
}

function timeProcess(cmd: string, args: string[], runs: number): number[] {
  execFileSync(cmd, args, { cwd: root, stdio: 'ignore' });
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync(cmd, args, { cwd: root, stdio: 'ignore' });
    samples.push(performance.now() - t0);
  }
  return samples;
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
      ...(pages === '50' ? { target: 30 } : {}),
      note: `${Math.round(size / 1024)} KB DOCX`,
    });
  }

  // The whole command, as a clerk runs it.
  const dir = mkdtempSync(join(tmpdir(), 'gwdraft-bench-export-'));
  const draft = join(dir, 'r50.gwdraft');
  writeFileSync(draft, encodeDraft(reports[50], 'r50.gwdraft'));
  const cli = join(root, 'cli', 'bin', 'gwdraft.mjs');
  const ours = timeProcess('node', [cli, 'export', draft, '-o', join(dir, 'r50.docx'), '--force'], 9);
  rows.push({
    name: 'gwdraft export process, 50 pages',
    median: median(ours),
    p95: percentile(ours, 95),
    unit: 'ms',
    note: `${ours.length} runs; node + tsx start-up included`,
  });

  // Where the process time goes: the same command from one prebuilt bundle (no tsx at start-up).
  const bundle = join(dir, 'gwdraft-bundle.mjs');
  const entry = join(dir, 'entry.mjs');
  writeFileSync(
    entry,
    `import { main } from ${JSON.stringify(join(root, 'cli', 'main.ts'))};\n` +
      'process.exitCode = await main(process.argv.slice(2));\n',
  );
  let bundled: number[] | null = null;
  try {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      logLevel: 'error',
    });
    bundled = timeProcess('node', [bundle, 'export', draft, '-o', join(dir, 'r50b.docx'), '--force'], 9);
    rows.push({
      name: 'gwdraft export process, 50 pages, from a prebuilt bundle',
      median: median(bundled),
      p95: percentile(bundled, 95),
      unit: 'ms',
      note: `${bundled.length} runs; esbuild bundle of cli/main.ts, for comparison (not what npx runs)`,
    });
  } catch (err) {
    // Only a comparison: the figures the issue asks for do not depend on it.
    rows.push({
      name: 'gwdraft export process, 50 pages, from a prebuilt bundle',
      median: NaN,
      note: `bundle failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
    });
  }

  if (spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0) {
    const md = join(dir, 'r50.md');
    writeFileSync(md, markdownOf(reports[50]));
    const ref = join(dir, 'ref.docx');
    writeFileSync(ref, (await exportDocx(reports[50], template, DEFAULT_EXPORT_OPTIONS)).bytes);
    const pandoc = timeProcess('pandoc', [md, '--reference-doc', ref, '-o', join(dir, 'pandoc.docx')], 9);
    rows.push({
      name: 'pandoc --reference-doc, same text',
      median: median(pandoc),
      p95: percentile(pandoc, 95),
      unit: 'ms',
      note: `${pandoc.length} runs; ${pandocVersion()}; our 50-page DOCX as the reference doc`,
    });
    rows.push({
      name: 'gwdraft export / pandoc (process time)',
      median: median(ours) / median(pandoc),
      unit: 'ratio',
      note: 'below 1: gwdraft is faster',
    });
    if (bundled)
      rows.push({
        name: 'gwdraft export from the bundle / pandoc (process time)',
        median: median(bundled) / median(pandoc),
        unit: 'ratio',
        note: 'below 1: gwdraft is faster',
      });
  } else {
    rows.push({
      name: 'gwdraft export / pandoc (process time)',
      median: NaN,
      unit: 'ratio',
      note: 'pandoc not installed',
    });
  }
  // Both processes must have written a real DOCX, or their times mean nothing.
  for (const f of ['r50.docx', ...(bundled ? ['r50b.docx'] : [])])
    if (readFileSync(join(dir, f)).subarray(0, 2).toString() !== 'PK') throw new Error(`${f} is not a DOCX`);
  rmSync(dir, { recursive: true, force: true });
  return rows;
}
