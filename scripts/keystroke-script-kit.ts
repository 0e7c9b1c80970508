/**
 * What the keystroke scripts (keystroke-ab, keystroke-cpu, keystroke-profile) share: their command-line
 * options, the renderer builds named on it, and a Chromium trace of the bench's keys.
 */
import type { Page } from 'playwright-core';
import { keystrokes } from '../bench/keystroke.bench';
import { buildPrivateRenderer } from '../bench/private-renderer';

export const args = process.argv.slice(2);

export function option(name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : fallback;
}

export const numberOption = (name: string, fallback: number): number =>
  Number(option(name, String(fallback)));

export interface Build {
  name: string;
  dir: string;
  /** Built by this run (`current`): removed at the end. */
  own: boolean;
}

/**
 * The `name=DIR` arguments; `current` builds the renderer sources as they are now into a temp folder.
 * None given: prints `usage` and exits.
 */
export function buildsFromArgs(tempPrefix: string, usage: string): Build[] {
  if (!args.some((a) => a.includes('='))) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return args
    .filter((a) => a.includes('='))
    .map((a) => {
      const [name, dir] = a.split('=') as [string, string];
      const own = dir === 'current';
      return { name, dir: own ? buildPrivateRenderer(tempPrefix) : dir, own };
    });
}

/** One event of Chromium's trace (the fields the scripts read). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & { name?: string; data?: { type?: string } };
  id?: string;
}

/**
 * Types `keys` of the bench's keys on `page` while Chromium traces `categories`; the trace's events and
 * the keys' paint latencies. `samplingUs` sets the sampling profiler's interval when it is traced.
 */
export async function traceKeys(
  page: Page,
  keys: number,
  categories: string[],
  samplingUs?: number,
): Promise<{ events: TraceEvent[]; paint: number[] }> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: TraceEvent[][] = [];
  cdp.on('Tracing.dataCollected', (e) => void chunks.push(e.value as unknown as TraceEvent[]));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories },
    transferMode: 'ReportEvents',
  } as never);
  if (samplingUs !== undefined)
    await cdp
      .send('Profiler.setSamplingInterval' as never, { interval: samplingUs } as never)
      .catch(() => {});
  const { paint } = await keystrokes(page, keys);
  await cdp.send('Tracing.end');
  await done;
  return { events: chunks.flat(), paint };
}
