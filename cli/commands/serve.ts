/**
 * `gwdraft serve`: run the app in a browser over a loopback host (127.0.0.1 only). The first line of
 * stdout is the URL with the per-launch token; scripts (the e2e fixture, npm start) read it.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, stringFlag, UserError, type Command } from '../command';
import { defaultDataDir, defaultWorkspace, ensureDir } from '../../electron/service/app-paths';
import { createLoopbackService } from '../../electron/loopback/loopback-service';
import { startLoopbackHost } from '../../electron/loopback/server';
import { openBrowser } from '../../electron/loopback/open-browser';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function version(): string {
  try {
    return (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

function parsePort(v: string | undefined): number {
  if (v === undefined) return 0;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UserError(`端口无效：${v} / invalid port: ${v}`);
  return n;
}

export const serve: Command = {
  name: 'serve',
  summary: '在浏览器中使用（仅本机 127.0.0.1） / run the app in a browser on 127.0.0.1',
  usage: 'gwdraft serve [--port N] [--workspace DIR] [--data-dir DIR] [--no-open]',
  async run(args) {
    const parsed = parseArgs(args, { values: ['port', 'workspace', 'data-dir'], booleans: ['no-open'] });
    if (parsed.positional.length > 0)
      throw new UserError(
        `多余的参数：${parsed.positional[0]} / unexpected argument: ${parsed.positional[0]}`,
      );
    const port = parsePort(stringFlag(parsed, 'port'));
    const workspace = resolve(stringFlag(parsed, 'workspace') ?? defaultWorkspace());
    const dataDir = resolve(stringFlag(parsed, 'data-dir') ?? defaultDataDir());
    try {
      await ensureDir(workspace);
      await ensureDir(dataDir);
    } catch (e) {
      throw new UserError(`无法创建文件夹 / cannot create folder: ${(e as Error).message}`);
    }
    const staticDir = process.env.GWDRAFT_RENDERER_DIR ?? resolve(ROOT, 'dist/renderer');
    const built = existsSync(resolve(staticDir, 'index.html'));

    let host;
    try {
      host = await startLoopbackHost({
        impl: createLoopbackService({ workspace, dataDir, version: version() }),
        staticDir: built ? staticDir : null,
        port,
      });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new UserError(`端口 ${port} 已被占用 / port ${port} is in use`);
      throw e;
    }

    // First line: the URL, for people and for scripts.
    process.stdout.write(`${host.url}\n`);
    process.stdout.write(`工作文件夹 / workspace: ${workspace}\n`);
    if (!built)
      process.stderr.write(
        '界面尚未构建，请先运行 npm run build:renderer / the UI is not built: run `npm run build:renderer` first\n',
      );
    if (!parsed.flags.has('no-open')) openBrowser(host.url);

    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
        void host.close().then(done);
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    });
    return 0;
  },
};
