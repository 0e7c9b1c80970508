/**
 * Proof that a save interrupted at any moment loses nothing (issue 9).
 *
 * A child process saves a growing report in a loop through saveDraftFile; the parent SIGKILLs it at a
 * random moment, then checks that the draft on disk is the last version the child finished or the one
 * it was writing, that it loads, and that the .bak loads and is the version before (or the same, when
 * the kill fell between the two renames). Repeated --kills times (default 200).
 *
 *   npm run kill-during-save -- [--kills N] [--dir DIR] [--max-delay MS]
 *
 * The test suite runs it with 20 kills (test/reliability/kill-during-save.test.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backupPathOf, loadDraftFile, saveDraftFile } from '../electron/service/draft-file';
import { paragraph } from '../core/model/content';
import { createReport } from '../core/model/report-helpers';
import type { Report } from '../core/model/report';
import { findTemplate } from '../templates/index';

const SCRIPT = fileURLToPath(import.meta.url);
const FILE_NAME = 'report.gwdraft';
/** Each version adds a paragraph of this many characters, so writes grow and take longer. */
const GROWTH = 300;

/** Version n of the report: n in the preamble, n paragraphs in section 四. */
export function reportVersion(n: number): Report {
  const r = createReport(findTemplate('zhanjiang-department')!, { org: '某市某某局', year: 2024 });
  r.preamble = [paragraph(`版本 ${n}`)];
  const line = '依法行政，严格规范公正文明执法，'.repeat(Math.ceil(GROWTH / 16)).slice(0, GROWTH);
  r.sections[3]!.blocks = Array.from({ length: Math.max(1, n % 400) }, (_, i) => paragraph(`${i}：${line}`));
  return r;
}

function versionOf(report: Report): number {
  const text = report.preamble[0]?.children[0]?.text ?? '';
  const m = /^版本 (\d+)$/.exec(text);
  if (!m) throw new Error(`not a test report: ${text.slice(0, 40)}`);
  return Number(m[1]);
}

/** The child: announce itself, then save versions start, start+1, … until killed. */
async function child(file: string, start: number): Promise<void> {
  process.stdout.write('ready\n');
  for (let n = start; ; n++) {
    await saveDraftFile(file, reportVersion(n));
    process.stdout.write(`saved ${n}\n`);
  }
}

export interface KillResult {
  kills: number;
  versions: number;
  /** Kills after which the file was the version being written (the rename had happened). */
  newVersion: number;
  /** Kills that left a temp file: they interrupted a save between creating its temp file and the rename. */
  interruptedSaves: number;
  /** Temp files left at the end (later saves remove those of dead processes; never read). */
  leftoverTemps: number;
  failures: string[];
}

export interface KillOptions {
  kills: number;
  dir?: string;
  /** Kill after a random delay in [0, maxDelayMs] once the child has saved once. */
  maxDelayMs?: number;
  log?: (line: string) => void;
}

function runChild(file: string, start: number, delayMs: number): Promise<{ acked: number | null }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', SCRIPT, '--child', file, String(start)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let acked: number | null = null;
    let buffer = '';
    let armed = false;
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const m = /^saved (\d+)$/.exec(line);
        if (m) acked = Number(m[1]);
        // Arm the kill once the child is in its save loop (its first save done): each kill then lands
        // at a random point of a save, or between two.
        if (!armed && m) {
          armed = true;
          setTimeout(() => proc.kill('SIGKILL'), delayMs);
        }
      }
    });
    proc.on('error', reject);
    // 'close', not 'exit': every ack the child wrote before dying has been read by then.
    proc.on('close', (code, signal) => {
      if (signal !== 'SIGKILL')
        reject(new Error(`child exited by itself (${code ?? signal}): ${stderr.trim()}`));
      else resolve({ acked });
    });
  });
}

export async function runKillDuringSave(options: KillOptions): Promise<KillResult> {
  const own = options.dir === undefined;
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'gwdraft-kill-')));
  const file = join(dir, FILE_NAME);
  const log = options.log ?? (() => undefined);
  const maxDelay = options.maxDelayMs ?? 60;
  const result: KillResult = {
    kills: 0,
    versions: 0,
    newVersion: 0,
    interruptedSaves: 0,
    leftoverTemps: 0,
    failures: [],
  };
  try {
    // Two versions to start from, so there is a .bak from the first kill on.
    await saveDraftFile(file, reportVersion(1));
    await saveDraftFile(file, reportVersion(2));
    let onDisk = 2;
    for (let k = 0; k < options.kills; k++) {
      const start = onDisk + 1;
      const delay = Math.random() * maxDelay;
      const { acked } = await runChild(file, start, delay);
      result.kills++;
      // Finished versions: up to `acked`; the one in flight: acked + 1 (or `start` if none finished).
      const lastDone = acked ?? onDisk;
      const inFlight = acked === null ? start : acked + 1;
      let fileVersion: number;
      try {
        fileVersion = versionOf((await loadDraftFile(file)).report);
      } catch (e) {
        result.failures.push(`kill ${k}: the draft does not load: ${e instanceof Error ? e.message : e}`);
        break;
      }
      if (fileVersion !== lastDone && fileVersion !== inFlight)
        result.failures.push(
          `kill ${k}: draft is version ${fileVersion}, expected ${lastDone} or ${inFlight}`,
        );
      if (fileVersion === inFlight) result.newVersion++;
      try {
        const bak = versionOf((await loadDraftFile(backupPathOf(file))).report);
        if (bak !== fileVersion - 1 && bak !== fileVersion)
          result.failures.push(`kill ${k}: .bak is version ${bak}, draft ${fileVersion}`);
      } catch (e) {
        result.failures.push(`kill ${k}: the .bak does not load: ${e instanceof Error ? e.message : e}`);
      }
      if ((await readdir(dir)).some((n) => n.endsWith('.tmp'))) result.interruptedSaves++;
      result.versions += fileVersion - onDisk;
      onDisk = fileVersion;
      log(
        `kill ${k + 1}/${options.kills}: delay ${delay.toFixed(1)} ms, draft v${fileVersion}, acked ${acked ?? '-'}`,
      );
    }
    const names = await readdir(dir);
    result.leftoverTemps = names.filter((n) => n.endsWith('.tmp')).length;
    // Byte-level sanity: the final draft is complete JSON ending in a newline.
    const text = await readFile(file, 'utf8');
    if (!text.endsWith('}\n')) result.failures.push('final draft does not end with }\\n');
    return result;
  } finally {
    if (own) await rm(dir, { recursive: true, force: true });
  }
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--child') {
    await child(argv[1]!, Number(argv[2]));
    return 0;
  }
  let kills = 200;
  let dir: string | undefined;
  let maxDelayMs: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--kills') kills = Number(argv[++i]);
    else if (a === '--dir') dir = argv[++i] ?? '';
    else if (a === '--max-delay') maxDelayMs = Number(argv[++i]);
    else {
      process.stderr.write(
        `unknown argument ${a}\nusage: kill-during-save [--kills N] [--dir DIR] [--max-delay MS]\n`,
      );
      return 2;
    }
  }
  if (!Number.isInteger(kills) || kills < 1) {
    process.stderr.write('--kills must be a positive integer\n');
    return 2;
  }
  if (dir !== undefined) {
    const st = await stat(dir).catch(() => null);
    if (!st?.isDirectory()) {
      process.stderr.write(
        `kill-during-save: ${st ? '不是文件夹' : '文件夹不存在'}：${dir} / --dir ${dir} ${st ? 'is not a folder' : 'does not exist'}\n`,
      );
      return 2;
    }
  }
  const verbose = process.env.VERBOSE === '1';
  const r = await runKillDuringSave({
    kills,
    ...(dir ? { dir } : {}),
    ...(maxDelayMs !== undefined ? { maxDelayMs } : {}),
    log: (l) => (verbose ? process.stderr.write(l + '\n') : undefined),
  });
  process.stdout.write(
    `kill-during-save: ${r.kills} kills, ${r.versions} versions saved, ` +
      `${r.newVersion} kills found the new version, ${r.kills - r.newVersion} the old; ` +
      `${r.interruptedSaves} interrupted a save mid-write; ${r.leftoverTemps} temp files left; ` +
      `${r.failures.length} failures\n`,
  );
  for (const f of r.failures) process.stdout.write(`  FAIL ${f}\n`);
  return r.failures.length === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
