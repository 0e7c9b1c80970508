#!/usr/bin/env node
// `npm start`: build, then launch the Electron app. Where no Electron binary can be had offline, say so in
// one line and run the same app in the browser over the loopback host (`gwdraft serve`) instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { cachedZip, findElectronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run(npm, ['run', '--silent', 'build:renderer']);
run(npm, ['run', '--silent', 'build:electron']);

let electron = findElectronBinary();
if (!electron && cachedZip()) {
  // The electron package unpacks its binary from the download cache on first require: no network needed.
  spawnSync(process.execPath, ['-e', "require('electron')"], {
    cwd: root,
    stdio: 'inherit',
    timeout: 180_000,
  });
  electron = findElectronBinary();
}

function forward(child) {
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

if (electron && existsSync(join(root, 'dist-electron', 'main.cjs'))) {
  forward(spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' }));
} else {
  console.log(
    '没有可用的 Electron 程序（离线无法下载），改为在浏览器中启动本机服务 gwdraft serve / No Electron binary is available offline; starting the loopback host (gwdraft serve) in your browser instead.',
  );
  forward(
    spawn(process.execPath, [join(root, 'cli/bin/gwdraft.cjs'), 'serve', ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
    }),
  );
}
