/**
 * Where a keystroke's time goes: types the keystroke bench's keys at the end of section 四 of a
 * 50- or 200-page draft on one renderer build and records them with Chromium's tracing (the
 * renderer main thread's events and a 50 µs sampling profile), then prints per key: the main
 * thread's time by event kind, and the JavaScript self time by function (top N).
 *
 *   node node_modules/vite/bin/vite.js build --config renderer/vite.config.ts --outDir /tmp/prof --minify false
 *   npx tsx scripts/keystroke-profile.ts /tmp/prof [--pages 50] [--keys 60] [--top 40] [--trace out.json]
 *
 * An unminified build names the functions. Frames on demand, as the bench's target row.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigReport, keystrokes, openTimed, saveDraft } from '../bench/keystroke.bench';
import { HostProcess } from '../e2e/host';
import { args, numberOption, option, traceKeys, type TraceEvent } from './keystroke-script-kit';

const dir = args[0];
if (!dir || dir.startsWith('--')) {
  console.error(
    'usage: npx tsx scripts/keystroke-profile.ts RENDERER_DIR [--pages 50] [--keys 60] [--top 40]',
  );
  process.exit(2);
}
const pages = numberOption('--pages', 50);
const keys = numberOption('--keys', 60);
const top = numberOption('--top', 40);
const grepRe = option('--grep', '');
const traceOut = option('--trace', '');

const workspace = mkdtempSync(join(tmpdir(), 'gw-prof-ws-'));
const dataDir = mkdtempSync(join(tmpdir(), 'gw-prof-data-'));
const host = new HostProcess(workspace, dataDir, { GWDRAFT_RENDERER_DIR: dir });
const browser = await chromium.launch({
  executablePath: process.env.GWDRAFT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--disable-gpu-vsync', '--disable-frame-rate-limit'],
});
let events: TraceEvent[] = [];
let paint: number[];
try {
  const { url } = await host.start();
  await saveDraft(url, join(workspace, `p${pages}.gwdraft`), bigReport(pages));
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await openTimed(page, url, `p${pages}.gwdraft`);
  await keystrokes(page, 20);
  ({ events, paint } = await traceKeys(
    page,
    keys,
    args.includes('--light')
      ? ['devtools.timeline', 'disabled-by-default-devtools.timeline']
      : [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-v8.cpu_profiler',
          'v8.execute',
          'blink',
          'input',
        ],
    50,
  ));
} finally {
  await browser.close();
  await host.stop();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
if (traceOut) writeFileSync(traceOut, JSON.stringify({ traceEvents: events }));

// The renderer's main thread: the thread named CrRendererMain of the process that ran the keys.
const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const busiest = mains
  .map((m) => ({ m, n: events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X').length }))
  .sort((a, b) => b.n - a.n)[0]!.m;
const onMain = events.filter((e) => e.pid === busiest.pid && e.tid === busiest.tid);

// Time by top-level event kind (self time of nested complete events is not split: top level only).
const complete = onMain.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
const byName = new Map<string, number>();
const leafByName = new Map<string, number>();
for (const e of complete) {
  if (['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name)) continue;
  leafByName.set(e.name, (leafByName.get(e.name) ?? 0) + e.dur!);
}
let taskEnd = 0;
for (const e of complete)
  if (e.name === 'RunTask' && e.ts >= taskEnd) {
    byName.set('RunTask', (byName.get('RunTask') ?? 0) + e.dur!);
    taskEnd = e.ts + e.dur!;
  }
const n = paint.length;
const fmt = (us: number) => `${(us / 1000 / n).toFixed(3)} ms/key`;
console.log(`${pages} pages, ${n} keys; paint median ${median(paint).toFixed(1)} ms`);
console.log(`main thread busy (RunTask): ${fmt(byName.get('RunTask') ?? 0)}`);
console.log('event kinds (inclusive, nested counted in each):');
for (const [name, us] of [...leafByName].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`  ${name.padEnd(40)} ${fmt(us)}  (${complete.filter((e) => e.name === name).length})`);

// Sampling profile: ProfileChunk events carry nodes and samples with time deltas.
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
const nodes = new Map<number, ProfileNode>();
const selfUs = new Map<number, number>();
for (const e of events.filter((x) => x.name === 'ProfileChunk' && x.pid === busiest.pid)) {
  const data = (e.args?.data ?? {}) as {
    cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
    timeDeltas?: number[];
  };
  for (const nd of data.cpuProfile?.nodes ?? []) nodes.set(nd.id, nd);
  const samples = data.cpuProfile?.samples ?? [];
  const deltas = data.timeDeltas ?? [];
  // A sample's time is the delta to the next sample.
  for (let i = 0; i < samples.length; i++)
    selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + (deltas[i + 1] ?? 0));
}
const label = (nd: ProfileNode) =>
  `${nd.callFrame.functionName || '(anonymous)'} ${(nd.callFrame.url ?? '').split('/').pop()}:${(nd.callFrame.lineNumber ?? -1) + 1}`;
const self = new Map<string, number>();
const total = new Map<string, number>();
for (const [id, us] of selfUs) {
  const nd = nodes.get(id);
  if (!nd) continue;
  self.set(label(nd), (self.get(label(nd)) ?? 0) + us);
  const seen = new Set<string>();
  for (let p: ProfileNode | undefined = nd; p; p = p.parent !== undefined ? nodes.get(p.parent) : undefined) {
    const l = label(p);
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + us);
  }
}
console.log('JS self time:');
for (const [l, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${fmt(us)}  ${l}`);
console.log('JS total time (inclusive):');
for (const [l, us] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${fmt(us)}  ${l}`);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}
if (grepRe) {
  console.log(`JS total time of functions matching /${grepRe}/:`);
  const re = new RegExp(grepRe);
  for (const [l, us] of [...total].sort((a, b) => b[1] - a[1]).filter(([l]) => re.test(l)))
    console.log(`  ${fmt(us)}  ${l}`);
}
