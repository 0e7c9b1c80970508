/**
 * No Electron binary can run here, so this test bundles electron/main.ts exactly as the build does and
 * runs it against a recording stand-in for the 'electron' module. It checks the wiring the typings
 * cannot: the secure window options, the app:// handler, the network and permission blocks, the IPC
 * sender check, navigation and window-open denial, drops, second launches and the unsaved-changes prompt.
 */
import { build } from 'esbuild';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Fn = (...args: never[]) => unknown;

interface FakeEvent {
  prevented: boolean;
  preventDefault(): void;
  url?: string;
  initiator?: unknown;
}
const ev = (extra: Partial<FakeEvent> = {}): FakeEvent => ({
  prevented: false,
  preventDefault() {
    this.prevented = true;
  },
  ...extra,
});

function fakeElectron(userData: string) {
  const rec = {
    privileged: [] as unknown[],
    switches: [] as [string, string | undefined][],
    protocolHandlers: new Map<string, (r: Request) => Promise<Response>>(),
    permissionRequest: null as null | Fn,
    permissionCheck: null as null | Fn,
    beforeRequest: null as null | ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
    ipc: new Map<string, (e: unknown, ...a: unknown[]) => Promise<unknown>>(),
    appEvents: new Map<string, Fn>(),
    menu: null as unknown,
    windows: [] as FakeWindow[],
    messageBoxAnswer: 2,
    messageBoxes: 0,
  };
  class FakeWebContents {
    handlers = new Map<string, Fn>();
    openHandler: Fn | null = null;
    sent: [string, unknown][] = [];
    setWindowOpenHandler(fn: Fn) {
      this.openHandler = fn;
    }
    on(name: string, fn: Fn) {
      this.handlers.set(name, fn);
    }
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
  }
  class FakeWindow {
    webContents = new FakeWebContents();
    handlers = new Map<string, Fn>();
    loaded: string | null = null;
    closed = 0;
    constructor(readonly opts: { webPreferences: Record<string, unknown> }) {
      rec.windows.push(this);
    }
    on(name: string, fn: Fn) {
      this.handlers.set(name, fn);
    }
    once(name: string, fn: Fn) {
      this.handlers.set(name, fn);
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    close() {
      this.closed += 1;
      const e = ev();
      (this.handlers.get('close') as ((e: FakeEvent) => void) | undefined)?.(e);
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    show() {}
    setTitle() {}
  }
  const electron = {
    app: {
      isPackaged: true,
      getPath: (name: string) => (name === 'userData' ? userData : join(userData, name)),
      setPath: () => {},
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: () => true,
      on: (name: string, fn: Fn) => rec.appEvents.set(name, fn),
      whenReady: () => Promise.resolve(),
      quit: () => {},
      addRecentDocument: () => {},
      commandLine: { appendSwitch: (name: string, value?: string) => rec.switches.push([name, value]) },
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown) => rec.privileged.push(s),
      handle: (scheme: string, fn: (r: Request) => Promise<Response>) => rec.protocolHandlers.set(scheme, fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Fn) => (rec.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Fn) => (rec.permissionCheck = fn),
        webRequest: {
          onBeforeRequest: (fn: typeof rec.beforeRequest) => (rec.beforeRequest = fn),
          onHeadersReceived: () => {},
        },
      },
    },
    ipcMain: {
      handle: (ch: string, fn: (e: unknown, ...a: unknown[]) => Promise<unknown>) => rec.ipc.set(ch, fn),
    },
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
      showMessageBoxSync: () => {
        rec.messageBoxes += 1;
        return rec.messageBoxAnswer;
      },
    },
    Menu: {
      buildFromTemplate: (t: unknown) => ({ template: t }),
      setApplicationMenu: (m: unknown) => (rec.menu = m),
    },
    shell: { showItemInFolder: () => {} },
    BrowserWindow: FakeWindow,
  };
  return { electron, rec };
}

let root: string;
let rec: ReturnType<typeof fakeElectron>['rec'];
let win: {
  opts: { webPreferences: Record<string, unknown> };
  webContents: { handlers: Map<string, Fn>; openHandler: Fn | null; sent: [string, unknown][] };
  handlers: Map<string, Fn>;
  loaded: string | null;
  closed: number;
};
let docs: string;
const APP_FRAME = { url: 'app://gwdraft/index.html', parent: null };

async function ipc(frame: unknown, method: unknown, input: unknown): Promise<unknown> {
  return rec.ipc.get('gwdraft:api')!({ senderFrame: frame }, method, input);
}
async function ipcError(
  frame: unknown,
  method: unknown,
  input: unknown,
): Promise<{ code: string; message: string }> {
  try {
    await ipc(frame, method, input);
  } catch (e) {
    return JSON.parse((e as Error).message) as { code: string; message: string };
  }
  throw new Error('expected a rejection');
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'gwdraft-main-'));
  await mkdir(join(root, 'dist', 'renderer'), { recursive: true });
  await writeFile(join(root, 'dist', 'renderer', 'index.html'), '<!doctype html><title>公文起草助手</title>');
  await writeFile(join(root, 'secret.txt'), 'secret');
  docs = join(root, 'docs');
  await mkdir(docs);
  const outfile = join(root, 'dist-electron', 'main.cjs');
  await build({
    entryPoints: ['electron/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    logLevel: 'silent',
  });
  const fake = fakeElectron(join(root, 'userData'));
  rec = fake.rec;
  const M = Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown };
  const original = M._load;
  M._load = (req: string, ...rest: unknown[]) =>
    req === 'electron' ? fake.electron : original(req, ...rest);
  const argv = process.argv;
  process.argv = ['gwdraft'];
  try {
    createRequire(import.meta.url)(outfile);
  } finally {
    M._load = original;
    process.argv = argv;
  }
  // whenReady() resolved: let its continuation (recent list, menu, window) run.
  for (let i = 0; i < 20 && rec.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  win = rec.windows[0] as unknown as typeof win;
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('Electron main process (bundled, against a stand-in electron module)', () => {
  it('opens one secure window on app://', () => {
    expect(win).toBeDefined();
    expect(win.opts.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(win.opts.webPreferences.preload)).toMatch(/preload\.cjs$/);
    expect(win.loaded).toBe('app://gwdraft/index.html');
    expect(rec.switches).toContainEqual(['lang', 'zh-CN']);
    expect(rec.privileged).toEqual([
      [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
    ]);
    const menu = rec.menu as { template: { label: string }[] };
    expect(menu.template.map((m) => m.label)).toEqual([
      '文件(&F)',
      '编辑(&E)',
      '视图(&V)',
      '审阅(&R)',
      '帮助(&H)',
    ]);
  });

  it('serves the renderer from app:// with the CSP, and nothing outside it', async () => {
    const handler = rec.protocolHandlers.get('app')!;
    const ok = await handler(new Request('app://gwdraft/index.html'));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('公文起草助手');
    expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const url of ['app://gwdraft/%2e%2e/%2e%2e/secret.txt', 'app://other/index.html'])
      expect((await handler(new Request(url))).status, url).toBe(404);
  });

  it('blocks every network request and every permission', () => {
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      rec.beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(verdict('app://gwdraft/assets/app.js')).toBe(false);
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://127.0.0.1:8080/',
      'ws://localhost/',
      'file:///etc/passwd',
    ])
      expect(verdict(url), url).toBe(true);
    let granted: boolean | undefined;
    (rec.permissionRequest as (wc: unknown, p: string, cb: (g: boolean) => void) => void)(
      null,
      'media',
      (g) => (granted = g),
    );
    expect(granted).toBe(false);
    expect((rec.permissionCheck as () => boolean)()).toBe(false);
  });

  it('denies new windows and navigation; a dropped file becomes an open command', () => {
    expect((win.webContents.openHandler as () => unknown)()).toEqual({ action: 'deny' });
    const nav = win.webContents.handlers.get('will-navigate') as (e: FakeEvent) => void;
    const byScript = ev({ url: 'file:///home/u/x.gwdraft', initiator: { url: 'app://gwdraft/' } });
    nav(byScript);
    expect(byScript.prevented).toBe(true);
    const away = ev({ url: 'https://evil.example/', initiator: null });
    nav(away);
    expect(away.prevented).toBe(true);
    expect(win.webContents.sent).toEqual([]);
    const drop = ev({ url: `file://${docs}/dropped.gwdraft`, initiator: null });
    nav(drop);
    expect(drop.prevented).toBe(true);
    expect(win.webContents.sent).toEqual([
      ['gwdraft:menu', { command: 'app.openPath', path: `${docs}/dropped.gwdraft` }],
    ]);
  });

  it('answers IPC only from the app frame, validates payloads, and confines paths to what the user chose', async () => {
    expect(await ipc(APP_FRAME, 'templates.list', {})).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'zhanjiang-department' })]),
    );
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://gwdraft/index.html', parent: {} },
      { url: 'app://gwdraft.evil/', parent: null },
      null,
    ])
      expect((await ipcError(frame, 'templates.list', {})).code).toBe('forbidden');
    expect((await ipcError(APP_FRAME, 'file.open', { path: 7 })).code).toBe('invalid-input');
    expect((await ipcError(APP_FRAME, 'no.such', {})).code).toBe('invalid-input');
    expect((await ipcError(APP_FRAME, 'file.open', { path: join(root, 'secret.txt') })).code).toBe(
      'forbidden',
    );
    // The dropped file above was granted: saving to it works.
    const created = (await ipc(APP_FRAME, 'file.new', {
      templateId: 'zhanjiang-department',
      org: '某局',
      year: 2024,
    })) as {
      report: unknown;
    };
    const saved = (await ipc(APP_FRAME, 'file.save', {
      path: `${docs}/dropped.gwdraft`,
      report: created.report,
      expectedMtimeMs: null,
      force: false,
    })) as { status: string };
    expect(saved.status).toBe('saved');
  });

  it('a second launch with a file opens it in the running window', async () => {
    await writeFile(join(docs, 'second.md'), '一、情况\n\n内容。');
    (rec.appEvents.get('second-instance') as (e: unknown, argv: string[], cwd: string) => void)(
      {},
      ['gwdraft', 'second.md'],
      docs,
    );
    expect(win.webContents.sent.at(-1)).toEqual([
      'gwdraft:menu',
      { command: 'app.openPath', path: join(docs, 'second.md') },
    ]);
    const opened = (await ipc(APP_FRAME, 'file.open', { path: join(docs, 'second.md') })) as {
      path: string | null;
    };
    expect(opened.path).toBeNull(); // imported
  });

  it('asks before closing with unsaved changes', async () => {
    const close = win.handlers.get('close') as (e: FakeEvent) => void;
    const clean = ev();
    close(clean);
    expect(clean.prevented).toBe(false);
    await ipc(APP_FRAME, 'window.setDirty', { dirty: true });
    rec.messageBoxAnswer = 2; // 取消
    const cancelled = ev();
    close(cancelled);
    expect(cancelled.prevented).toBe(true);
    rec.messageBoxAnswer = 0; // 保存: the renderer is told to save, and the window closes once it is clean
    const saving = ev();
    close(saving);
    expect(saving.prevented).toBe(true);
    expect(win.webContents.sent.at(-1)).toEqual(['gwdraft:menu', { command: 'file.save' }]);
    const closedBefore = win.closed;
    await ipc(APP_FRAME, 'window.setDirty', { dirty: false });
    expect(win.closed).toBe(closedBefore + 1);
    expect(rec.messageBoxes).toBe(2);
  });
});
