import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const here = join(process.cwd(), 'build');

type Target = { target: string; arch: string[] };
interface Config {
  productName: string;
  files: string[];
  electronDist?: string;
  fileAssociations: { ext: string; icon: string }[];
  electronFuses: Record<string, boolean>;
  win: { icon: string; target: Target[] };
  nsis: Record<string, unknown>;
  linux: { icon: string; target: Target[] };
}

function load(env: Record<string, string | undefined> = {}): Config {
  const path = require.resolve('./electron-builder.config.cjs');
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(env);
  try {
    delete require.cache[path];
    return require(path) as Config;
  } finally {
    apply(saved);
  }
}

/** electron-builder's own schema check (the one `electron-builder --config` runs first). */
async function validate(config: unknown): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
    validateConfiguration(c: unknown, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  await validateConfiguration(config, new DebugLogger(false));
}

describe('electron-builder configuration', () => {
  it("passes electron-builder's schema validation (and the validation does catch mistakes)", async () => {
    await validate(load());
    await expect(validate({ ...load(), nsis: { oneClik: false } })).rejects.toThrow();
  });

  it('builds a per-user NSIS installer without admin rights and a portable build for Windows', () => {
    const c = load();
    expect(c.productName).toBe('公文起草助手');
    expect(c.win.target.map((t) => t.target).sort()).toEqual(['nsis', 'portable']);
    expect(c.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
  });

  it('builds deb and AppImage for x64 and arm64', () => {
    const c = load();
    for (const name of ['deb', 'AppImage']) {
      const t = c.linux.target.find((x) => x.target === name);
      expect(t?.arch.sort()).toEqual(['arm64', 'x64']);
    }
  });

  it('associates .gwdraft, ships icons, and sets the security fuses', () => {
    const c = load();
    expect(c.fileAssociations[0]?.ext).toBe('gwdraft');
    expect(existsSync(join(here, 'icons', 'icon.ico'))).toBe(true);
    expect(existsSync(join(here, 'icons', '512x512.png'))).toBe(true);
    expect(existsSync(join(process.cwd(), c.win.icon))).toBe(true);
    expect(c.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(c.files).toContain('!node_modules/**');
  });

  it('takes electronDist from GWDRAFT_ELECTRON_DIST for offline build farms', () => {
    expect(load({ GWDRAFT_ELECTRON_DIST: undefined }).electronDist).toBeUndefined();
    expect(load({ GWDRAFT_ELECTRON_DIST: '/opt/electron-45' }).electronDist).toBe('/opt/electron-45');
  });
});
