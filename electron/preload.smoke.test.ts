/** The preload, bundled as shipped, against a stand-in electron module: it exposes the API and nothing else. */
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS } from '../core/api/contract';

type Listener = (event: unknown, payload: unknown) => void;
let root: string;
let exposed: Record<string, unknown> = {};
let exposedName = '';
const invoked: unknown[][] = [];
const listeners = new Map<string, Set<Listener>>();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'gwdraft-preload-'));
  const outfile = join(root, 'preload.cjs');
  await build({
    entryPoints: ['electron/preload.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    logLevel: 'silent',
  });
  const electron = {
    contextBridge: {
      exposeInMainWorld: (name: string, api: Record<string, unknown>) => {
        exposedName = name;
        exposed = api;
      },
    },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        invoked.push(args);
        return Promise.resolve('ok');
      },
      on: (ch: string, fn: Listener) => {
        if (!listeners.has(ch)) listeners.set(ch, new Set());
        listeners.get(ch)!.add(fn);
      },
      removeListener: (ch: string, fn: Listener) => listeners.get(ch)?.delete(fn),
    },
  };
  const M = Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown };
  const original = M._load;
  M._load = (req: string, ...rest: unknown[]) => (req === 'electron' ? electron : original(req, ...rest));
  try {
    createRequire(import.meta.url)(outfile);
  } finally {
    M._load = original;
  }
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('preload bridge', () => {
  it('exposes window.gwdraft with one function per contract method and onMenuCommand, nothing else', () => {
    expect(exposedName).toBe('gwdraft');
    expect(Object.keys(exposed).sort()).toEqual([...API_METHODS, 'onMenuCommand'].sort());
    for (const v of Object.values(exposed)) expect(typeof v).toBe('function');
  });

  it('forwards a call as (method, input) on the API channel only', async () => {
    await (exposed['file.open'] as (i: unknown) => Promise<unknown>)({ path: '/x.gwdraft' });
    expect(invoked).toEqual([['gwdraft:api', 'file.open', { path: '/x.gwdraft' }]]);
  });

  it('passes only valid menu commands to the page, without the IPC event, and unsubscribes', () => {
    const got: unknown[] = [];
    const off = (exposed.onMenuCommand as (cb: (c: unknown) => void) => () => void)((c) => got.push(c));
    const emit = (payload: unknown) => {
      for (const fn of listeners.get('gwdraft:menu') ?? []) fn({ sender: 'ipc-event' }, payload);
    };
    emit({ command: 'file.save' });
    emit({ command: 'rm -rf' });
    emit({ command: 'app.openPath', path: '/home/u/a.gwdraft' });
    emit('file.save');
    expect(got).toEqual([{ command: 'file.save' }, { command: 'app.openPath', path: '/home/u/a.gwdraft' }]);
    off();
    emit({ command: 'file.new' });
    expect(got).toHaveLength(2);
  });
});
