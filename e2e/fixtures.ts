/**
 * The e2e fixture: one app session per test, in one of two modes.
 * - chromium (default): `gwdraft serve` on 127.0.0.1 with a temporary workspace, driven in Debian's
 *   Chromium (/usr/bin/chromium, or GWDRAFT_CHROMIUM).
 * - electron: when GWDRAFT_ELECTRON names an Electron binary, the built app (dist-electron) under
 *   Playwright's _electron, with native dialogs stubbed to answer inside the temporary workspace.
 * Every request the page makes is recorded; after each test none may have left the app's own origin.
 */
import {
  test as base,
  expect,
  chromium,
  _electron,
  type Browser,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HostProcess } from './host';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CHROMIUM = process.env.GWDRAFT_CHROMIUM ?? '/usr/bin/chromium';
export const ELECTRON = process.env.GWDRAFT_ELECTRON ?? null;
export const MODE: 'chromium' | 'electron' = ELECTRON ? 'electron' : 'chromium';

export interface AppSession {
  mode: 'chromium' | 'electron';
  page: Page;
  workspace: string;
  dataDir: string;
  /** Every URL the page requested, across restarts. */
  requests: string[];
  /** Origins the app legitimately uses (the loopback host's, app://gwdraft). */
  ownOrigins: Set<string>;
  /** The loopback host (chromium mode only). */
  host: HostProcess | null;
  /** Kill the app (host or Electron) with SIGKILL, start it again, and load the page afresh. */
  crashAndRestart(): Promise<void>;
  /** 另存为 NAME inside the workspace (the in-app dialog, or a stubbed native dialog). */
  saveAs(name: string): Promise<void>;
  /** Answer the save dialog that TRIGGER opens with NAME (in-app dialog, or a stubbed native one). */
  answerSaveAs(name: string, trigger: () => Promise<void>): Promise<void>;
  /** 打开 the workspace file NAME. */
  open(name: string): Promise<void>;
  /**
   * Choose the workspace file NAME in a dialog's file picker (renderer/templates/path-picker): the
   * workspace list over the loopback host, the (stubbed) native dialog that TRIGGER opens in Electron.
   */
  pickFile(name: string, trigger: () => Promise<void>): Promise<void>;
}

function isOwn(url: string, own: Set<string>): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return own.has(new URL(url).origin) || url.startsWith('app://gwdraft/');
  } catch {
    return false;
  }
}

/** What left the app's origin; empty when the app kept to itself. */
export function foreignRequests(s: AppSession): string[] {
  return s.requests.filter((u) => !isOwn(u, s.ownOrigins));
}

async function chromiumSession(
  browser: Browser,
  workspace: string,
  dataDir: string,
  deviceScaleFactor: number | undefined,
): Promise<AppSession & { close(): Promise<void> }> {
  const host = new HostProcess(workspace, dataDir);
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // A spec's test.use({ deviceScaleFactor: 1.25 }): Windows' display scaling of 125 %.
    ...(deviceScaleFactor ? { deviceScaleFactor } : {}),
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const ownOrigins = new Set<string>();
  page.on('request', (r) => requests.push(r.url()));
  const load = async () => {
    const h = await host.start();
    ownOrigins.add(h.origin);
    await page.goto(h.url);
  };
  await load();
  const answerSaveAs = async (name: string, trigger: () => Promise<void>) => {
    await trigger();
    const dialog = page.getByRole('dialog', { name: '另存为' });
    await dialog.getByLabel('文件名').fill(name.replace(/\.gwdraft$/, ''));
    await dialog.getByRole('button', { name: /保存/ }).click();
    await expect(dialog).toBeHidden();
  };
  return {
    mode: 'chromium',
    page,
    workspace,
    dataDir,
    requests,
    ownOrigins,
    host,
    async crashAndRestart() {
      await host.kill();
      await load();
    },
    saveAs: (name) =>
      answerSaveAs(name, () =>
        page.getByRole('toolbar').getByRole('button', { name: '另存为', exact: true }).click(),
      ),
    answerSaveAs,
    async pickFile(name) {
      await page
        .getByRole('dialog')
        .getByRole('list', { name: '工作文件夹中的文件' })
        .getByRole('button', { name })
        .click();
    },
    async open(name) {
      await page.getByRole('button', { name: '打开', exact: true }).first().click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
        .click();
    },
    async close() {
      // Stop the host even when closing the context fails, so no server outlives its test.
      try {
        await context.close();
      } finally {
        await host.stop();
      }
    },
  };
}

async function electronSession(
  workspace: string,
  dataDir: string,
  deviceScaleFactor: number | undefined,
): Promise<AppSession & { close(): Promise<void> }> {
  let app: ElectronApplication;
  const requests: string[] = [];
  const ownOrigins = new Set<string>(['app://gwdraft']);
  const session = {} as AppSession & { close(): Promise<void> };
  const launch = async () => {
    app = await _electron.launch({
      executablePath: ELECTRON!,
      // Chromium's own switch: the display scaling a spec asks for (test.use({ deviceScaleFactor })).
      args: deviceScaleFactor ? [`--force-device-scale-factor=${deviceScaleFactor}`, ROOT] : [ROOT],
      env: { ...process.env, GWDRAFT_DATA_DIR: dataDir },
    });
    const page = await app.firstWindow();
    page.on('request', (r) => requests.push(r.url()));
    await page.waitForLoadState('domcontentloaded');
    session.page = page;
  };
  await launch();
  Object.assign(session, {
    mode: 'electron' as const,
    workspace,
    dataDir,
    requests,
    ownOrigins,
    host: null,
    async crashAndRestart() {
      app.process().kill('SIGKILL');
      await new Promise((r) => setTimeout(r, 500));
      await launch();
    },
    async saveAs(name: string) {
      await session.answerSaveAs(name, () =>
        session.page.getByRole('toolbar').getByRole('button', { name: '另存为', exact: true }).click(),
      );
    },
    async answerSaveAs(name: string, trigger: () => Promise<void>) {
      const target = join(workspace, name.endsWith('.gwdraft') ? name : `${name}.gwdraft`);
      await app.evaluate(({ dialog }, p) => {
        dialog.showSaveDialog = (async () => ({
          canceled: false,
          filePath: p,
        })) as typeof dialog.showSaveDialog;
      }, target);
      await trigger();
    },
    async pickFile(name: string, trigger: () => Promise<void>) {
      const target = join(workspace, name);
      await app.evaluate(({ dialog }, p) => {
        dialog.showOpenDialog = (async () => ({
          canceled: false,
          filePaths: [p],
        })) as typeof dialog.showOpenDialog;
      }, target);
      await trigger();
    },
    async open(name: string) {
      const target = join(workspace, name);
      await app.evaluate(({ dialog }, p) => {
        dialog.showOpenDialog = (async () => ({
          canceled: false,
          filePaths: [p],
        })) as typeof dialog.showOpenDialog;
      }, target);
      await session.page.getByRole('button', { name: '打开', exact: true }).first().click();
    },
    async close() {
      await app.close().catch(() => {});
    },
  });
  return session;
}

export const test = base.extend<
  { dirs: { workspace: string; dataDir: string }; app: AppSession },
  { chromiumBrowser: Browser | null }
>({
  chromiumBrowser: [
    // Playwright requires the destructuring pattern even when a fixture uses no other fixture.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (MODE === 'electron') return use(null);
      if (!existsSync(CHROMIUM))
        throw new Error(
          `找不到 Chromium（${CHROMIUM}）：请安装 Debian 包 chromium（apt-get install -y chromium） / Chromium not found: apt-get install -y chromium`,
        );
      const browser = await chromium.launch({ executablePath: CHROMIUM });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  dirs: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'gwdraft-e2e-'));
    const workspace = join(root, 'workspace');
    const dataDir = join(root, 'data');
    await mkdir(workspace);
    await mkdir(dataDir);
    await use({ workspace, dataDir });
    await rm(root, { recursive: true, force: true });
  },
  app: async ({ chromiumBrowser, dirs, deviceScaleFactor }, use) => {
    const session =
      MODE === 'electron'
        ? await electronSession(dirs.workspace, dirs.dataDir, deviceScaleFactor)
        : await chromiumSession(chromiumBrowser!, dirs.workspace, dirs.dataDir, deviceScaleFactor);
    await use(session);
    await session.close();
    // Nothing may leave the machine: no fonts, analytics or update checks, in any test.
    expect(foreignRequests(session), 'requests that left the app').toEqual([]);
  },
});

export { expect };

/** 新建 a report on the first template for ORG. */
export async function newReport(page: Page, org: string): Promise<void> {
  await page.getByRole('button', { name: '新建', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('机关').fill(org);
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();
}

/** The editing area of the section whose heading starts with PREFIX (e.g. "一、"). */
export function sectionBox(page: Page, prefix: string) {
  return page.getByRole('textbox', { name: new RegExp(`^${prefix}`) });
}
