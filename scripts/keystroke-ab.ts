/**
 * Old against new on the keystroke bench's measurement, interleaved in the same minutes: on a shared,
 * loaded machine two runs of `npm run bench -- keystroke` minutes apart differ by more than most
 * changes do. Each round types on the bare contenteditable (the floor), then on every build in turn
 * (the order reversed every other round), at 50 and 200 pages; the samples of all rounds are pooled.
 *
 *   node node_modules/vite/bin/vite.js build --config renderer/vite.config.ts --outDir /tmp/old
 *   (change the code)
 *   npx tsx scripts/keystroke-ab.ts [--rounds 4] [--keys 60] [--hz60] [--chars KEYS] old=/tmp/old new=current
 *
 * `current` builds the renderer sources as they are now. Frames on demand unless --hz60.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_KEYS, bigReport, floorRow, keystrokes, openTimed, saveDraft } from '../bench/keystroke.bench';
import { percentile } from '../bench/harness';
import { HostProcess } from '../e2e/host';
import { args, buildsFromArgs, numberOption, option } from './keystroke-script-kit';

const rounds = numberOption('--rounds', 4);
const keys = numberOption('--keys', 60);
const hz60 = args.includes('--hz60');
/** The keys typed (US layout), e.g. `--chars a` for Slate's native path only, `--chars 2` for its own. */
const chars = option('--chars', BENCH_KEYS);
const builds = buildsFromArgs(
  'gw-ab-renderer-',
  'npx tsx scripts/keystroke-ab.ts [--rounds N] [--keys N] [--hz60] [--chars KEYS] name=dir|current …',
);

const PAGES = [50, 200] as const;
const samples = new Map<string, number[]>();
/** Each round's median per build and size: a change that holds round after round is not the load. */
const roundMedians: { round: number; key: string; median: number }[] = [];
const add = (key: string, values: number[]) => samples.set(key, [...(samples.get(key) ?? []), ...values]);
const folders: string[] = [];
const hosts: { name: string; url: string; host: HostProcess }[] = [];
const browser = await chromium.launch({
  executablePath: process.env.GWDRAFT_CHROMIUM ?? '/usr/bin/chromium',
  args: hz60 ? [] : ['--disable-gpu-vsync', '--disable-frame-rate-limit'],
});
try {
  for (const b of builds) {
    const workspace = mkdtempSync(join(tmpdir(), 'gw-ab-ws-'));
    const dataDir = mkdtempSync(join(tmpdir(), 'gw-ab-data-'));
    folders.push(workspace, dataDir);
    const host = new HostProcess(workspace, dataDir, { GWDRAFT_RENDERER_DIR: b.dir });
    const { url } = await host.start();
    for (const pages of PAGES) await saveDraft(url, join(workspace, `p${pages}.gwdraft`), bigReport(pages));
    hosts.push({ name: b.name, url, host });
  }
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  for (let r = 0; r < rounds; r++) {
    const floor = (await floorRow(browser, hz60 ? '60 Hz' : 'frames on demand')).samples.slice(0, keys);
    add('floor', floor);
    roundMedians.push({ round: r, key: 'floor', median: percentile(floor, 50) });
    for (const h of r % 2 === 0 ? hosts : [...hosts].reverse())
      for (const pages of PAGES) {
        await openTimed(page, h.url, `p${pages}.gwdraft`);
        await keystrokes(page, 20, chars);
        const paint = (await keystrokes(page, keys, chars)).paint;
        add(`${h.name}, ${pages} pages`, paint);
        roundMedians.push({ round: r, key: `${h.name}, ${pages} pages`, median: percentile(paint, 50) });
      }
  }
} finally {
  await browser.close();
  for (const h of hosts) await h.host.stop();
  for (const f of folders) rmSync(f, { recursive: true, force: true });
  for (const b of builds) if (b.own) rmSync(b.dir, { recursive: true, force: true });
}

const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(8);
console.log(`keystroke to paint, ${hz60 ? '60 Hz' : 'frames on demand'}, ${rounds} rounds`);
for (const [key, s] of samples)
  console.log(
    `${key.padEnd(24)} median ${ms(percentile(s, 50))}  p95 ${ms(percentile(s, 95))}  over 16 ms: ${s.filter((x) => x > 16).length} of ${s.length}`,
  );
console.log('median per round:');
for (const key of samples.keys()) {
  const per = roundMedians.filter((m) => m.key === key).map((m) => m.median.toFixed(1));
  if (per.length > 0) console.log(`${key.padEnd(24)} ${per.join(' ')}`);
}
