/**
 * The Electron main process: a thin shell around the service (electron/service). It owns the window,
 * the menu, native dialogs and the app:// protocol; every renderer request goes through the same
 * dispatcher as the loopback host, after a check that it comes from the app's own frame.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type MenuItemConstructorOptions,
} from 'electron';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ApiError, type MenuCommand } from '../core/api/contract';
import { APP_HOST, APP_INDEX_URL, APP_SCHEME, isAppUrl, isTrustedSender } from './app-origin';
import { fileFromArgv, fileFromDropUrl } from './argv-file';
import { IPC_API, IPC_MENU } from './ipc-channels';
import { SECURITY_HEADERS } from './loopback/csp';
import { contentType, resolveStatic } from './loopback/static-files';
import { menuTemplate } from './menu-template';
import { handle } from './service/dispatch';
import { defaultFormats } from './service/formats';
import { GrantPolicy } from './service/path-policy';
import { RecentStore } from './service/recent-store';
import { createService } from './service/service';
import type { ServiceContext } from './service/context';

const RENDERER_DIR = join(__dirname, '..', 'dist', 'renderer');
const DEV_TOOLS = !app.isPackaged || process.env.GWDRAFT_DEVTOOLS === '1';

// Registered before `ready`: app:// behaves like https (standard, secure origin, fetch allowed).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// Chinese for what Chromium draws itself (the date picker of 成文日期 as 年/月/日, context menus, spell
// check), also on an office PC whose system locale is English.
app.commandLine.appendSwitch('lang', 'zh-CN');

// A fixed ASCII data folder shared with the loopback host's default (~/.config/gwdraft …).
// GWDRAFT_DATA_DIR (tests, portable use) overrides it, as it does for the loopback host.
app.setPath('userData', process.env.GWDRAFT_DATA_DIR || join(app.getPath('appData'), 'gwdraft'));

let win: BrowserWindow | null = null;
let dirty = false;
let closeAfterSave = false;
let forceClose = false;
const policy = new GrantPolicy();
const initialFile = fileFromArgv(process.argv, process.cwd());
if (initialFile) policy.grant(initialFile);

function sendMenu(cmd: MenuCommand): void {
  if (win && !win.isDestroyed()) win.webContents.send(IPC_MENU, cmd);
}

function openFromOutside(path: string): void {
  policy.grant(path);
  sendMenu({ command: 'app.openPath', path });
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
}

const OPEN_FILTERS = [
  { name: '公文草稿', extensions: ['gwdraft'] },
  { name: '可导入的文稿', extensions: ['txt', 'md', 'docx'] },
  { name: '提纲模板', extensions: ['json'] },
];

// Kept as an object so a file delivered before the window exists (macOS open-file) becomes host.info's initialFile.
const ctx: ServiceContext = {
  kind: 'electron',
  version: app.getVersion(),
  dataDir: app.getPath('userData'),
  workspace: null,
  policy,
  formats: defaultFormats,
  initialFile,
  pickOpen: async () => {
    if (!win) return null;
    const r = await dialog.showOpenDialog(win, {
      title: '打开',
      properties: ['openFile'],
      filters: OPEN_FILTERS,
    });
    const path = r.canceled ? undefined : r.filePaths[0];
    if (!path) return null;
    policy.grant(path);
    return path;
  },
  pickSave: async (suggestedName, kind) => {
    if (!win) return null;
    const filters =
      kind === 'docx'
        ? [{ name: 'Word 文档', extensions: ['docx'] }]
        : kind === 'json'
          ? [{ name: '提纲模板', extensions: ['json'] }]
          : [{ name: '公文草稿', extensions: ['gwdraft'] }];
    const r = await dialog.showSaveDialog(win, {
      title: kind === 'docx' ? '导出 Word' : kind === 'json' ? '导出提纲' : '另存为',
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters,
    });
    if (r.canceled || !r.filePath) return null;
    policy.grant(r.filePath);
    return r.filePath;
  },
  showInFolder: (path) => {
    shell.showItemInFolder(path);
    return true;
  },
  print: () =>
    new Promise<boolean>((resolve) => {
      if (!win) return resolve(false);
      // The print CSS lays out the preview's pages; A4 with no margins, as the pages carry their own.
      win.webContents.print(
        { printBackground: true, pageSize: 'A4', margins: { marginType: 'none' } },
        (ok) => resolve(ok),
      );
    }),
  onDirty: (d) => {
    dirty = d;
    if (!d && closeAfterSave) {
      closeAfterSave = false;
      win?.close();
    }
  },
};
const service = createService(ctx);

function buildMenu(): Menu {
  const template: MenuItemConstructorOptions[] = menuTemplate({ devTools: DEV_TOOLS }).map((group) => ({
    label: group.label,
    submenu: group.entries.map((e): MenuItemConstructorOptions => {
      if ('separator' in e) return { type: 'separator' };
      if ('role' in e) return { role: e.role, label: e.label, accelerator: e.accelerator };
      return { label: e.label, accelerator: e.accelerator, click: () => sendMenu({ command: e.command }) };
    }),
  }));
  return Menu.buildFromTemplate(template);
}

async function serveApp(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return new Response('', { status: 404 });
  const file = await resolveStatic(RENDERER_DIR, url.pathname);
  if (!file) return new Response('未找到', { status: 404 });
  return new Response(new Uint8Array(await readFile(file)), {
    headers: { ...SECURITY_HEADERS, 'Content-Type': contentType(file) },
  });
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  // Electron grants every permission by default: camera, notifications, geolocation … deny them all.
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // No network at all: only the app's own protocol (and devtools in development) may load.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const ok = isAppUrl(details.url) || (DEV_TOOLS && details.url.startsWith('devtools://'));
    callback({ cancel: !ok });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [SECURITY_HEADERS['Content-Security-Policy']!],
      },
    });
  });
}

function createWindow(): void {
  win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: '公文起草助手',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click would open links in a new window (denied anyway by setWindowOpenHandler).
      disableBlinkFeatures: 'Auxclick',
      // A dropped file navigates to file://…; will-navigate turns that into "open this file".
      navigateOnDragDrop: true,
    },
  });
  const wc = win.webContents;
  wc.setWindowOpenHandler(() => ({ action: 'deny' }));
  wc.on('will-navigate', (event) => {
    event.preventDefault();
    // Only a drop (a navigation no frame initiated) may open a file; a script cannot grant itself a path.
    const dropped = event.initiator == null ? fileFromDropUrl(event.url) : null;
    if (dropped) openFromOutside(dropped);
  });
  wc.on('will-attach-webview', (event) => event.preventDefault());
  wc.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  win.on('close', (event) => {
    if (!dirty || forceClose || !win) return;
    event.preventDefault();
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: '公文起草助手',
      message: '报告有未保存的更改，是否保存？',
      detail: '不保存的内容仍可从自动保存中恢复，但建议现在保存。',
      buttons: ['保存', '不保存', '取消'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    });
    if (choice === 0) {
      closeAfterSave = true;
      sendMenu({ command: 'file.save' });
    } else if (choice === 1) {
      forceClose = true;
      win.close();
    }
  });
  win.on('closed', () => {
    win = null;
  });
  win.once('ready-to-show', () => win?.show());
  void win.loadURL(APP_INDEX_URL);
}

ipcMain.handle(IPC_API, async (event, method: unknown, input: unknown) => {
  if (!isTrustedSender(event.senderFrame))
    throw new Error(JSON.stringify({ code: 'forbidden', message: '拒绝访问：请求不是来自本应用的页面。' }));
  if (typeof method !== 'string')
    throw new Error(JSON.stringify({ code: 'invalid-input', message: '请求无效。' }));
  try {
    return await handle(service, method, input);
  } catch (e) {
    const err = e instanceof ApiError ? e : new ApiError('internal', '内部错误。');
    // Electron passes only the message across IPC; the renderer's client parses this JSON back.
    throw new Error(JSON.stringify({ code: err.code, message: err.message }), { cause: e });
  }
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    const file = fileFromArgv(argv, cwd);
    if (file) openFromOutside(file);
    else if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  // macOS delivers double-clicked files this way.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (win) openFromOutside(path);
    else {
      policy.grant(path);
      ctx.initialFile = path;
    }
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, serveApp);
    lockDownSession();
    // Recent files were chosen by the user in earlier sessions: they may be reopened.
    for (const r of await new RecentStore(app.getPath('userData')).list().catch(() => []))
      policy.grant(r.path);
    Menu.setApplicationMenu(buildMenu());
    createWindow();
    if (initialFile) app.addRecentDocument(initialFile);
    if (initialFile) win?.setTitle(`${basename(initialFile)} - 公文起草助手`);
  });
}
