/**
 * cli/bin/gwdraft.cjs runs the prebuilt bundle only while it matches the sources, and the sources
 * otherwise; both give the same results. `gwdraft check` runs its own bundle, dist/cli/check.cjs.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleProblem } from './bundle-check.cjs';
import { commandCacheFile } from './load-bundle.cjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'cli/bin/gwdraft.cjs');

/** A new statutory-five draft of 某局, 2025, written by the bin to `path`. */
const newDraft = (path: string) =>
  execFileSync(process.execPath, [
    BIN,
    'new',
    '--template',
    'statutory-five',
    '--org',
    '某局',
    '--year',
    '2025',
    '-o',
    path,
  ]);
const check = bundleProblem;

describe('bundleProblem', () => {
  let dir: string;
  let root: URL;
  const builtAt = Date.now() - 60_000;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gwdraft-bin-'));
    root = pathToFileURL(dir + '/');
    mkdirSync(join(dir, 'dist/cli'), { recursive: true });
    mkdirSync(join(dir, 'core'));
    for (const f of ['dist/cli/main.cjs', 'dist/cli/check.cjs']) writeFileSync(join(dir, f), '');
    for (const f of ['core/a.ts', 'core/b.ts']) {
      writeFileSync(join(dir, f), '');
      utimesSync(join(dir, f), new Date(builtAt - 1000), new Date(builtAt - 1000));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const manifest = (inputs: string[], bundles?: Record<string, string[]>) =>
    writeFileSync(join(dir, 'dist/cli/manifest.json'), JSON.stringify({ builtAt, inputs, bundles }));

  it('accepts a bundle built after every source', () => {
    manifest(['core/a.ts', 'core/b.ts']);
    expect(check(root)).toBeNull();
  });

  it('refuses it when a source changed after the build', () => {
    manifest(['core/a.ts', 'core/b.ts']);
    utimesSync(join(dir, 'core/b.ts'), new Date(), new Date());
    expect(check(root)).toBe('core/b.ts changed');
    utimesSync(join(dir, 'core/b.ts'), new Date(builtAt - 1000), new Date(builtAt - 1000));
  });

  it('judges the check bundle by its own sources only', () => {
    manifest(['core/a.ts', 'core/b.ts'], { check: ['core/a.ts'] });
    expect(check(root, 'check')).toBeNull();
    // b.ts is not a source of check.cjs: the main bundle is stale, the check bundle is not
    utimesSync(join(dir, 'core/b.ts'), new Date(), new Date());
    expect(check(root)).toBe('core/b.ts changed');
    expect(check(root, 'check')).toBeNull();
    utimesSync(join(dir, 'core/b.ts'), new Date(builtAt - 1000), new Date(builtAt - 1000));
    utimesSync(join(dir, 'core/a.ts'), new Date(), new Date());
    expect(check(root, 'check')).toBe('core/a.ts changed');
    utimesSync(join(dir, 'core/a.ts'), new Date(builtAt - 1000), new Date(builtAt - 1000));
    // an older build without the list, or without the file: not used
    manifest(['core/a.ts', 'core/b.ts']);
    expect(check(root, 'check')).toBe('dist/cli has no check bundle');
    manifest(['core/a.ts', 'core/b.ts'], { check: ['core/a.ts'] });
    rmSync(join(dir, 'dist/cli/check.cjs'));
    expect(check(root, 'check')).toBe('dist/cli/check.cjs is gone');
    expect(check(root)).toBeNull();
    writeFileSync(join(dir, 'dist/cli/check.cjs'), '');
    // a path works as well as a URL
    expect(check(dir + '/', 'check')).toBeNull();
  });

  it('judges the export bundle by its own sources only', () => {
    manifest(['core/a.ts', 'core/b.ts'], { check: ['core/a.ts'], export: ['core/b.ts'] });
    writeFileSync(join(dir, 'dist/cli/export.cjs'), '');
    expect(check(root, 'export')).toBeNull();
    utimesSync(join(dir, 'core/a.ts'), new Date(), new Date());
    expect(check(root, 'check')).toBe('core/a.ts changed');
    expect(check(root, 'export')).toBeNull();
    utimesSync(join(dir, 'core/a.ts'), new Date(builtAt - 1000), new Date(builtAt - 1000));
    rmSync(join(dir, 'dist/cli/export.cjs'));
    expect(check(root, 'export')).toBe('dist/cli/export.cjs is gone');
  });

  it('refuses it when a source is gone, or when there is no bundle', () => {
    manifest(['core/a.ts', 'core/gone.ts']);
    expect(check(root)).toBe('core/gone.ts is gone');
    rmSync(join(dir, 'dist/cli/manifest.json'));
    expect(check(root)).toBe('dist/cli is not built');
  });
});

function gwdraft(env: Record<string, string>, ...args: string[]) {
  return gwdraftFrom(BIN, env, ...args);
}

function gwdraftFrom(bin: string, env: Record<string, string>, ...args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      // maxBuffer: the corpus's --json check is over execFile's 1 MiB default (the child was killed).
      {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 << 20,
        env: { ...process.env, GWDRAFT_TIMING: '1', ...env },
      },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('gwdraft bin', () => {
  beforeAll(() => {
    // What `npm install` does through `prepare` (atomic: a gwdraft running meanwhile is not disturbed).
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'ignore' });
  });

  it('runs the fresh bundle, with the same output as the sources', async () => {
    const [bundled, sources] = await Promise.all([
      gwdraft({}, 'templates'),
      gwdraft({ GWDRAFT_CLI: 'sources' }, 'templates'),
    ]);
    expect(bundled.code).toBe(0);
    expect(bundled.stderr).toMatch(/module load [\d.]+ ms \(bundle\)/);
    expect(sources.stderr).toMatch(/module load [\d.]+ ms \(sources\)/);
    expect(bundled.stdout).toBe(sources.stdout);
    expect(bundled.stdout).toMatch(/zhanjiang-department/);
  });

  it('exports the same bytes from the bundle and from the sources, in fresh processes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gwdraft-bin-export-'));
    try {
      const md = join(dir, 'r.md');
      writeFileSync(md, '# 某局2025年法治政府建设年度报告\n\n一、主要举措\n\n（一）学法。全年学法12次。\n');
      const digest = async (env: Record<string, string>, name: string) => {
        const r = await gwdraft(env, 'export', md, '-o', join(dir, name), '--sha256');
        expect(r.code, r.stderr).toBe(0);
        return /SHA-256: ([0-9a-f]{64})/.exec(r.stdout)?.[1];
      };
      const a = await digest({}, 'a.docx');
      expect(a).toBeDefined();
      expect(await digest({}, 'b.docx')).toBe(a);
      expect(await digest({ GWDRAFT_CLI: 'sources' }, 'c.docx')).toBe(a);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes, reads and checks a draft from the bundle as from the sources (new, info, check)', async () => {
    // `new` writes through the atomic write, which once loaded node:crypto by a dynamic import() that a
    // vm.Script (the bundle's loader) cannot run.
    const dir = mkdtempSync(join(tmpdir(), 'gwdraft-bin-new-'));
    try {
      const made = await Promise.all(
        ['bundle', 'sources'].map((way) =>
          gwdraft(
            way === 'sources' ? { GWDRAFT_CLI: 'sources' } : {},
            'new',
            '--template',
            'statutory-five',
            '--org',
            '某局',
            '--year',
            '2025',
            '-o',
            join(dir, `${way}.gwdraft`),
          ),
        ),
      );
      for (const r of made) expect(r.code, r.stderr).toBe(0);
      for (const command of ['info', 'check']) {
        const [bundled, sources] = await Promise.all([
          gwdraft(
            {},
            command,
            join(dir, 'bundle.gwdraft'),
            ...(command === 'check' ? ['--today', '2026-01-01'] : []),
          ),
          gwdraft(
            { GWDRAFT_CLI: 'sources' },
            command,
            join(dir, 'bundle.gwdraft'),
            ...(command === 'check' ? ['--today', '2026-01-01'] : []),
          ),
        ]);
        expect(bundled.stderr).toMatch(/\(bundle\)/);
        expect(bundled.code).toBe(sources.code);
        expect(bundled.stdout).toBe(sources.stdout);
        expect(bundled.stdout).toMatch(/某局/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is all ASCII, and reads the outline corpus as the sources do (its punctuation classes escaped)', async () => {
    // A single non-ASCII character makes V8 keep the whole bundle as a two-byte string (slower start).
    for (const bundle of ['main.cjs', 'check.cjs', 'export.cjs'])
      expect(/[\u0080-\uffff]/.test(readFileSync(join(ROOT, 'dist/cli', bundle), 'utf8'))).toBe(false);
    const folder = join(ROOT, 'test/fixtures/corpus');
    const args = ['check', folder, '--json', '--today', '2026-03-01'];
    const [bundled, sources] = await Promise.all([
      gwdraft({}, ...args),
      gwdraft({ GWDRAFT_CLI: 'sources' }, ...args),
    ]);
    expect(bundled.stderr).toMatch(/\(bundle\)/);
    expect(bundled.code).toBe(sources.code);
    expect(bundled.stdout).toBe(sources.stdout);
    expect(bundled.stdout.length).toBeGreaterThan(1000);
  });

  it('comes with V8 code caches: one general, a smaller one for templates, and one for the check bundle', () => {
    const files = readdirSync(join(ROOT, 'dist/cli'));
    const buildOf = (bundle: string) =>
      /^\/\* gwdraft-build (\d+) \*\//.exec(readFileSync(join(ROOT, 'dist/cli', bundle), 'utf8'))![1]!;
    const build = buildOf('main.cjs');
    // one build: the check bundle and its cache come from the same sources as the main one
    expect(buildOf('check.cjs')).toBe(build);
    const size = (name: string) => statSync(join(ROOT, 'dist/cli', name)).size;
    const general = `main.cjs.${build}.cache`;
    expect(files).toContain(general);
    const own = commandCacheFile('main.cjs', build, 'templates');
    expect(files).toContain(own);
    expect(size(own)).toBeLessThan(size(general));
    expect(files).toContain(`check.cjs.${build}.cache`);
    expect(size(`check.cjs.${build}.cache`)).toBeLessThan(size(general));
    // the check bundle holds only its command's modules
    expect(size('check.cjs')).toBeLessThan(size('main.cjs') * 0.7);
    // and so does the export bundle, with a cache of its own, smaller than the general one
    expect(buildOf('export.cjs')).toBe(build);
    expect(files).toContain(`export.cjs.${build}.cache`);
    expect(size(`export.cjs.${build}.cache`)).toBeLessThan(size(general) * 0.7);
    expect(size('export.cjs')).toBeLessThan(size('main.cjs') * 0.7);
    // the parts its build deflated ahead of time (electron/service/known-parts.ts)
    expect(size(`export.cjs.${build}.parts`)).toBeGreaterThan(10_000);
    // and fflate's two large tables, computed by the build (scripts/bundle-patches.mjs)
    expect(size(`export.cjs.${build}.tables`)).toBe(32769 * 4 + 32768 * 2);
  });

  it('runs export from its own bundle with the bytes, errors and exit codes of the sources', async () => {
    // The export bundle reads a valid draft without zod and loads zod only when a draft needs it: an
    // invalid draft, one carrying its own template (valid, then with a unit kind zod refuses). Its parts
    // deflated at build time give the bytes the sources deflate (the digests), whatever the options.
    const dir = mkdtempSync(join(tmpdir(), 'gwdraft-bin-export-own-'));
    try {
      const draft = join(dir, 'r.gwdraft');
      newDraft(draft);
      const bad = join(dir, 'bad.gwdraft');
      writeFileSync(bad, '{"schemaVersion":2,"templateId":"zhanjiang-department","meta":{"org":1}}');
      const own = JSON.parse(readFileSync(draft, 'utf8')) as Record<string, unknown>;
      const template = JSON.parse(readFileSync(join(ROOT, 'templates/statutory-five.json'), 'utf8'));
      own.template = { ...template, id: 'own', unitKinds: ['department'] };
      own.templateId = 'own';
      const ownFile = join(dir, 'own.gwdraft');
      writeFileSync(ownFile, JSON.stringify(own));
      own.template = { ...template, id: 'own', unitKinds: ['bogus'] };
      const ownBad = join(dir, 'own-bad.gwdraft');
      writeFileSync(ownBad, JSON.stringify(own));
      const out = join(dir, 'out.docx');
      const layout = ['--fonts', 'win10', '--header', '--footer-block', '--seal', '--signer', '张三'];
      for (const args of [
        ['export', draft, '-o', out, '--force', '--sha256', '--date', '2026-01-01'],
        ['export', draft, '-o', out, '--force', '--sha256', '--date', '2026-01-01', ...layout],
        ['export', ownFile, '-o', out, '--force', '--sha256', '--date', '2026-01-01'],
        ['export', ownBad, '-o', out, '--force'],
        ['export', bad, '-o', out, '--force'],
        ['export', '/nonexistent/r.gwdraft', '-o', out, '--force'],
        ['export', draft, '-o', out, '--force', '--fonts', 'xx'],
        ['export', join(dir, 'r.docx'), '-o', out, '--force'],
        ['export', draft],
      ]) {
        // one after the other: both write the same file
        const bundled = await gwdraft({ GWDRAFT_TIMING: '' }, ...args);
        const sources = await gwdraft({ GWDRAFT_TIMING: '', GWDRAFT_CLI: 'sources' }, ...args);
        expect(bundled.code, args.join(' ')).toBe(sources.code);
        expect(bundled.stdout).toBe(sources.stdout);
        expect(bundled.stderr).toBe(sources.stderr);
        if (args.includes('--sha256')) expect(bundled.stdout).toMatch(/SHA-256: [0-9a-f]{64}/);
        else expect(bundled.code).toBe(2);
      }
      const timed = await gwdraft({}, 'export', draft, '-o', out, '--force');
      expect(timed.stderr).toMatch(/\(bundle\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs check from its own bundle with the errors and exit codes of the sources', async () => {
    // The check bundle initialises zod only when a draft needs it: a draft that is not plainly valid
    // (here meta.org is a number, and a comment thread lacks its fields) is judged by zod, word for word
    // as from the sources, through the stand-ins of the schemas made at load.
    const dir = mkdtempSync(join(tmpdir(), 'gwdraft-bin-zod-'));
    const bad = join(dir, 'bad.gwdraft');
    writeFileSync(bad, '{"schemaVersion":2,"templateId":"zhanjiang-department","meta":{"org":1}}');
    const thread = join(dir, 'thread.gwdraft');
    newDraft(thread);
    const draft = JSON.parse(readFileSync(thread, 'utf8')) as { comments: unknown[] };
    draft.comments.push({ id: 'c1', comments: [] });
    writeFileSync(thread, JSON.stringify(draft));
    // A draft carrying its own template is always parsed by zod (the template schema, whose unit kinds
    // are one of the stand-ins): once valid, once with a unit kind zod refuses.
    const own = JSON.parse(readFileSync(thread, 'utf8')) as Record<string, unknown>;
    own.comments = [];
    const template = JSON.parse(readFileSync(join(ROOT, 'templates/statutory-five.json'), 'utf8'));
    own.template = { ...template, id: 'own', unitKinds: ['department'] };
    own.templateId = 'own';
    const ownFile = join(dir, 'own.gwdraft');
    writeFileSync(ownFile, JSON.stringify(own));
    own.template = { ...template, id: 'own', unitKinds: ['bogus'] };
    const ownBad = join(dir, 'own-bad.gwdraft');
    writeFileSync(ownBad, JSON.stringify(own));
    const [ownBundled, ownSources] = await Promise.all([
      gwdraft({ GWDRAFT_TIMING: '' }, 'check', ownFile, '--json', '--today', '2026-03-01'),
      gwdraft(
        { GWDRAFT_TIMING: '', GWDRAFT_CLI: 'sources' },
        'check',
        ownFile,
        '--json',
        '--today',
        '2026-03-01',
      ),
    ]);
    expect(ownBundled.stdout).toMatch(/"template": "own"/);
    expect(ownBundled.code).toBe(ownSources.code);
    expect(ownBundled.stdout).toBe(ownSources.stdout);
    for (const args of [
      ['check', ownBad],
      ['check'],
      ['check', '/nonexistent/r.gwdraft'],
      ['check', '--bogus', 'x'],
      ['check', bad],
      ['check', thread, '--json'],
    ]) {
      const [bundled, sources] = await Promise.all([
        gwdraft({ GWDRAFT_TIMING: '' }, ...args),
        gwdraft({ GWDRAFT_TIMING: '', GWDRAFT_CLI: 'sources' }, ...args),
      ]);
      expect(bundled.code, args.join(' ')).toBe(2);
      expect(bundled.code).toBe(sources.code);
      expect(bundled.stdout).toBe(sources.stdout);
      expect(bundled.stderr).toBe(sources.stderr);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the same from gwdraft.mjs, kept for callers that name it', async () => {
    const [cjs, mjs] = await Promise.all([
      gwdraft({}, 'templates'),
      gwdraftFrom(join(ROOT, 'cli/bin/gwdraft.mjs'), {}, 'templates'),
    ]);
    expect(mjs.code).toBe(0);
    expect(mjs.stderr).toMatch(/\(bundle\)/);
    expect(mjs.stdout).toBe(cjs.stdout);
  });

  it('turns a user error into one line and exit 2 from the bundle too', async () => {
    const r = await gwdraft({ GWDRAFT_TIMING: '' }, 'export');
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
