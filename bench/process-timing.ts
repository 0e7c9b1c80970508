/**
 * Helpers for the benches that time whole processes (`gwdraft …`, pandoc, `node -e 0`).
 * - The CLI is timed as `npx gwdraft` runs it after `npm install`: from the prebuilt bundle. If the bundle
 *   is missing or older than the sources, it is rebuilt first (what `prepare` does), and the row says so.
 * - Commands compared with each other run interleaved (A B C, A B C, …), so a change in the machine's load
 *   during the run weighs on all of them alike; the ratios of one run are what to compare.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleProblem } from '../cli/bin/bundle-check.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = join(root, 'cli', 'bin', 'gwdraft.cjs');
let rebuilt = false;

/** Makes sure `gwdraft` runs from an up-to-date bundle; says which way it runs. */
export function cliMode(): string {
  const rootUrl = pathToFileURL(root + '/');
  if (bundleProblem(rootUrl) !== null) {
    execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'ignore' });
    rebuilt = true;
  }
  const problem = bundleProblem(rootUrl);
  return problem === null
    ? `from the bundle dist/cli${rebuilt ? ' (rebuilt by the bench)' : ''}`
    : `from the sources (${problem})`;
}

const TIME = '/usr/bin/time';

/**
 * Wall times of each command, run interleaved `runs` times after one unmeasured round; with
 * /usr/bin/time on the machine also each run's CPU time (user + system, 10 ms resolution), which a
 * loaded machine inflates far less than the wall time.
 */
export function timeInterleaved(
  commands: readonly { cmd: string; args: string[]; env?: Record<string, string> }[],
  runs: number,
): number[][] {
  return timeInterleavedWithCpu(commands, runs).map((t) => t.wall);
}

export function timeInterleavedWithCpu(
  commands: readonly { cmd: string; args: string[]; env?: Record<string, string> }[],
  runs: number,
): { wall: number[]; cpu: number[] }[] {
  const withTime = existsSync(TIME);
  const cpuFile = join(tmpdir(), `gwdraft-bench-time-${process.pid}`);
  const once = (c: (typeof commands)[number]) => {
    const [cmd, args] = withTime ? [TIME, ['-f', '%U %S', '-o', cpuFile, c.cmd, ...c.args]] : [c.cmd, c.args];
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { cwd: root, stdio: 'ignore', env: { ...process.env, ...c.env } });
    const wall = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1)
      throw new Error(`${c.cmd} ${c.args.join(' ')} exited with ${r.status ?? r.signal}`);
    let cpu = NaN;
    if (withTime) {
      const [u, sys] = readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
      cpu = ((u ?? NaN) + (sys ?? NaN)) * 1000;
    }
    return { wall, cpu };
  };
  for (const c of commands) once(c);
  const out = commands.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let i = 0; i < runs; i++)
    commands.forEach((c, k) => {
      const t = once(c);
      out[k]!.wall.push(t.wall);
      out[k]!.cpu.push(t.cpu);
    });
  rmSync(cpuFile, { force: true });
  return out;
}

export interface Breakdown {
  nodeStart: number;
  moduleLoad: number;
  work: number;
  write: number;
  total: number;
}

/** The bin's own account of where a run's time went (GWDRAFT_TIMING=1), median of `runs` runs. */
export function breakdown(args: string[], runs: number): Breakdown {
  const all: Breakdown[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const r = spawnSync(process.execPath, [CLI, ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GWDRAFT_TIMING: '1' },
    });
    const m =
      /node start ([\d.]+) ms · module load ([\d.]+) ms \(\w+\) · work ([\d.]+) ms · write ([\d.]+) ms · total ([\d.]+) ms/.exec(
        r.stderr,
      );
    if (!m) throw new Error(`no timing line from gwdraft ${args.join(' ')}: ${r.stderr}`);
    if (i > 0)
      all.push({
        nodeStart: +m[1]!,
        moduleLoad: +m[2]!,
        work: +m[3]!,
        write: +m[4]!,
        total: +m[5]!,
      });
  }
  const med = (k: keyof Breakdown) => {
    const s = all.map((b) => b[k]).sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)]!;
  };
  return {
    nodeStart: med('nodeStart'),
    moduleLoad: med('moduleLoad'),
    work: med('work'),
    write: med('write'),
    total: med('total'),
  };
}

export const fmtBreakdown = (b: Breakdown) =>
  `node start ${b.nodeStart.toFixed(0)} + module load ${b.moduleLoad.toFixed(0)} + work ${b.work.toFixed(0)} + write ${b.write.toFixed(0)} ms (in-process view, total ${b.total.toFixed(0)})`;

/** The 1-minute load average now, for the notes: timings of one run are only comparable with each other. */
export const load = () => `load ${loadavg()[0]!.toFixed(1)}`;
