/**
 * `gwdraft check DIR --summary` over a 法治办's folder of 50 reports (the outline corpus of
 * test/fixtures/corpus, cycled and renamed: every outline family and unit kind, .txt and .md), run
 * in-process as the CLI runs it — reading, decoding, template choice, import, checklist and lint.
 * The spawned command (with Node's start-up) is timed once beside it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/main';
import { measure, percentile, type BenchRow } from './harness';

const CORPUS = join(import.meta.dirname, '../test/fixtures/corpus');
const REPORTS = 50;

function folderOf50(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gwdraft-bench-folder-'));
  const files = readdirSync(CORPUS).filter((f) => /^\d\d-.*\.(txt|md)$/u.test(f));
  for (let i = 0; i < REPORTS; i++) {
    const f = files[i % files.length]!;
    writeFileSync(join(dir, `${String(i + 1).padStart(2, '0')}-${f}`), readFileSync(join(CORPUS, f)));
  }
  return dir;
}

async function quietly(fn: () => Promise<number>): Promise<number> {
  const write = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    return await fn();
  } finally {
    process.stdout.write = write;
    process.stderr.write = err;
  }
}

export default async function bench(): Promise<BenchRow[]> {
  const dir = folderOf50();
  try {
    const args = ['check', dir, '--summary', '--today', '2025-01-28'];
    const samples = await measure(() => quietly(() => main(args)), 5, 1);
    const bin = join(import.meta.dirname, '../cli/bin/gwdraft.cjs');
    const t0 = performance.now();
    const spawned = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
    const wall = performance.now() - t0;
    const lines = spawned.stdout.trim().split('\n').length;
    process.stderr.write(
      `check-folder: ${REPORTS} reports, in-process median ${percentile(samples, 50).toFixed(0)} ms, spawned ${wall.toFixed(0)} ms (${lines} lines)\n`,
    );
    return [
      {
        name: `check: a folder of ${REPORTS} reports (--summary, in-process)`,
        median: percentile(samples, 50),
        p95: percentile(samples, 95),
        note: `${(percentile(samples, 50) / REPORTS).toFixed(1)} ms a report`,
      },
      {
        name: `check: a folder of ${REPORTS} reports (gwdraft spawned, once)`,
        median: wall,
        note: `exit ${spawned.status}, ${lines} output lines`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
