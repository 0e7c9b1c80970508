#!/usr/bin/env node
// `npm run test:e2e`: check the browser, build what the specs drive, then run Playwright.
// Default: Debian's Chromium over `gwdraft serve`. With GWDRAFT_ELECTRON=/path/to/electron: the Electron app.
// In CI (CI=true) a missing browser fails the run; locally it says what to install and skips.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ci = process.env.CI === 'true' || process.env.CI === '1';
const electron = process.env.GWDRAFT_ELECTRON;
const chromium = process.env.GWDRAFT_CHROMIUM ?? '/usr/bin/chromium';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function missing(message) {
  if (ci) {
    console.error(`e2e: ${message}`);
    process.exit(1);
  }
  console.warn(`e2e: ${message} — 跳过端到端测试 / skipping the e2e suite.`);
  process.exit(0);
}

if (electron) {
  if (!existsSync(electron)) missing(`GWDRAFT_ELECTRON=${electron} 不存在 / does not exist`);
} else if (!existsSync(chromium)) {
  missing(
    `找不到 Chromium（${chromium}）：请安装 Debian 包 chromium：sudo apt-get install -y chromium / Chromium not found: install the Debian package "chromium" (apt-get install -y chromium)`,
  );
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

let privateBuild = null;
if (process.env.GWDRAFT_E2E_NO_BUILD !== '1') {
  if (electron) {
    run(npm, ['run', '--silent', 'build:renderer']);
    run(npm, ['run', '--silent', 'build:electron']);
  } else {
    // A private copy of the renderer, so a rebuild of dist/renderer by someone else mid-run cannot break
    // the pages under test; `gwdraft serve` serves it through GWDRAFT_RENDERER_DIR.
    privateBuild = mkdtempSync(join(tmpdir(), 'gwdraft-e2e-renderer-'));
    const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
    run(process.execPath, [
      vite,
      'build',
      '--config',
      'renderer/vite.config.ts',
      '--outDir',
      privateBuild,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ]);
    process.env.GWDRAFT_RENDERER_DIR = privateBuild;
  }
}
const cli = fileURLToPath(import.meta.resolve('@playwright/test/cli'));
const r = spawnSync(process.execPath, [cli, 'test', '-c', 'playwright.config.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
if (privateBuild) rmSync(privateBuild, { recursive: true, force: true });
process.exit(r.status ?? 1);
