/**
 * The renderer main thread's CPU time per key, old against new: the keystroke bench's keys on each
 * build in alternating rounds, recorded with Chromium's tracing (top-level tasks only), summing each
 * task's thread time (`tdur`: CPU time, which a loaded machine's preemption does not inflate, unlike
 * the latency the bench measures). For telling a small cut from noise on a shared machine; the
 * latency itself comes from keystroke-ab.ts.
 *
 *   npx tsx scripts/keystroke-cpu.ts [--rounds 4] [--keys 60] [--pages 50] old=DIR new=DIR|current
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigReport, keystrokes, openTimed, saveDraft } from '../bench/keystroke.bench';
import { percentile } from '../bench/harness';
import { HostProcess } from '../e2e/host';
import { buildsFromArgs, numberOption, traceKeys } from './keystroke-script-kit';

const rounds = numberOption('--rounds', 4);
const keys = numberOption('--keys', 60);
const pages = numberOption('--pages', 50);
const builds = buildsFromArgs(
  'gw-cpu-renderer-',
  'npx tsx scripts/keystroke-cpu.ts [--rounds 4] [--keys 60] [--pages 50] old=DIR new=DIR|current',
);

const perKey = new Map<string, number[]>();
const folders: string[] = [];
const hosts: { name: string; url: string; host: HostProcess }[] = [];
const browser = await chromium.launch({
  executablePath: process.env.GWDRAFT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--disable-gpu-vsync', '--disable-frame-rate-limit'],
});
try {
  for (const b of builds) {
    const workspace = mkdtempSync(join(tmpdir(), 'gw-cpu-ws-'));
    const dataDir = mkdtempSync(join(tmpdir(), 'gw-cpu-data-'));
    folders.push(workspace, dataDir);
    const host = new HostProcess(workspace, dataDir, { GWDRAFT_RENDERER_DIR: b.dir });
    const { url } = await host.start();
    await saveDraft(url, join(workspace, `p${pages}.gwdraft`), bigReport(pages));
    hosts.push({ name: b.name, url, host });
  }
  for (let r = 0; r < rounds; r++)
    for (const h of r % 2 === 0 ? hosts : [...hosts].reverse()) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await openTimed(page, h.url, `p${pages}.gwdraft`);
      await keystrokes(page, 20);
      const { events } = await traceKeys(page, keys, [
        'disabled-by-default-devtools.timeline',
        'devtools.timeline',
      ]);
      await page.close();
      // The renderer main thread: the CrRendererMain with the key events.
      const keyEvents = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
      const main = keyEvents[0]!;
      const tasks = events
        .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask')
        .sort((a, b) => a.ts - b.ts);
      // Per key: the thread time of the tasks from its keydown to the next key's (top-level tasks only).
      const starts = keyEvents.map((e) => e.ts).sort((a, b) => a - b);
      let end = 0;
      const cpu = new Array<number>(starts.length).fill(0);
      let k = 0;
      for (const t of tasks) {
        if (t.ts < end) continue;
        end = t.ts + (t.dur ?? 0);
        while (k + 1 < starts.length && t.ts >= starts[k + 1]! - 200) k++;
        if (t.ts + (t.dur ?? 0) < starts[0]! - 200) continue;
        cpu[k]! += (t.tdur ?? 0) / 1000;
      }
      perKey.set(h.name, [...(perKey.get(h.name) ?? []), ...cpu.slice(0, -1)]);
    }
} finally {
  await browser.close();
  for (const h of hosts) await h.host.stop();
  for (const f of folders) rmSync(f, { recursive: true, force: true });
  for (const b of builds) if (b.own) rmSync(b.dir, { recursive: true, force: true });
}
console.log(`renderer main thread CPU per key, ${pages} pages, ${rounds} rounds (traced)`);
for (const [name, s] of perKey) {
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  console.log(
    `${name.padEnd(10)} mean ${mean.toFixed(2)} ms  median ${percentile(s, 50).toFixed(2)} ms  p95 ${percentile(s, 95).toFixed(2)} ms  (${s.length} keys)`,
  );
}
