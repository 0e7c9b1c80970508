/**
 * The library patches of the CLI bundles (scripts/bundle-patches.mjs) apply to the installed libraries and
 * change nothing they compute: fflate's deflate gives the same bytes with its loops split out, and docx's
 * own fflate copy, moved into a module of its own, zips and unzips as before.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { deflateSync, unzipSync, zipSync, type DeflateOptions } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS } from '../../core/api/export-options';
import { exportDocx } from '../../core/docx/export/index';
import { findTemplate } from '../../templates/index';
import { sampleReport } from '../../test/render/sample-report';
import {
  DOCX_FFLATE_MODULE,
  docxLazyDefaultStyles,
  fflateDeflateLoops,
  fflatePrecomputedTables,
  splitDocxFflate,
} from '../../scripts/bundle-patches.mjs';

const require = createRequire(import.meta.url);
const fflateSource = readFileSync(
  join(require.resolve('fflate').replace(/lib[\\/]node\.cjs$/, ''), 'esm', 'index.mjs'),
  'utf8',
);
const docxSource = readFileSync(require.resolve('docx').replace(/index\.cjs$/, 'index.mjs'), 'utf8');

type Deflate = (data: Uint8Array, opts?: DeflateOptions) => Uint8Array;
const level = (n: number) => n as DeflateOptions['level'];

interface Tables {
  fd: Uint16Array;
  revfd: Int32Array;
  rev: Uint16Array;
}

describe('fflate as the export bundle holds it: deflate loops in functions, tables from the build', () => {
  let dir: string;
  let patched: Deflate;
  let bodies: Uint8Array[];
  /** The tables file's path, as the JavaScript text the patch evaluates. */
  const tablesPath = (name = 'tables') => JSON.stringify(join(dir, name));
  /** A module of `source` that also exports its tables. */
  const load = async (name: string, source: string) => {
    writeFileSync(join(dir, name), `${source}\nexport { fd as gwFd, revfd as gwRevfd, rev as gwRev };\n`);
    return (await import(pathToFileURL(join(dir, name)).href)) as {
      deflateSync: Deflate;
      gwFd: Tables['fd'];
      gwRevfd: Tables['revfd'];
      gwRev: Tables['rev'];
    };
  };
  beforeAll(async () => {
    const loops = fflateDeflateLoops(fflateSource);
    expect(loops, 'the loops patch applies to the installed fflate').not.toBeNull();
    dir = mkdtempSync(join(tmpdir(), 'gwdraft-fflate-patch-'));
    const patch = fflatePrecomputedTables(loops!, tablesPath());
    expect(patch, 'the tables patch applies to the installed fflate').not.toBeNull();
    writeFileSync(join(dir, 'tables'), patch!.tables);
    patched = (await load('fflate.mjs', patch!.source)).deflateSync;
    // document bodies as the export deflates them: 50 and 200 pages
    const template = findTemplate('zhanjiang-department')!;
    bodies = [];
    for (const chars of [32_000, 128_000]) {
      const docx = await exportDocx(sampleReport(template, { chars }), template, DEFAULT_EXPORT_OPTIONS);
      bodies.push(unzipSync(docx.bytes)['word/document.xml']!);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is patched where expected, and only there', () => {
    const source = fflateDeflateLoops(fflateSource)!;
    // each defined once and called once, in dflt
    for (const name of ['gwdraftChains', 'gwdraftMatchLength']) {
      expect(source.split(`var ${name} = function (`).length, name).toBe(2);
      expect(source.split(`${name}(`).length, name).toBe(2);
    }
    expect(fflateDeflateLoops('var x = 1;')).toBeNull();
  });

  it('has the tables fflate computes, in the same typed arrays', async () => {
    const original = await load('original.mjs', fflateSource);
    const patch = fflatePrecomputedTables(fflateSource, tablesPath('t2'))!;
    writeFileSync(join(dir, 't2'), patch.tables);
    // read from the file; then, without it or with a file of another size, computed as fflate does
    const fromFile = await load('tables.mjs', patch.source);
    const computed = await load('computed.mjs', patch.source.replace(tablesPath('t2'), tablesPath('none')));
    writeFileSync(join(dir, 'short'), patch.tables.subarray(1));
    const short = await load('short.mjs', patch.source.replace(tablesPath('t2'), tablesPath('short')));
    for (const tables of [fromFile, computed, short])
      for (const key of ['gwFd', 'gwRevfd', 'gwRev'] as const) {
        expect(tables[key].constructor, key).toBe(original[key].constructor);
        expect(tables[key].length, key).toBe(original[key].length);
        expect(Buffer.from(tables[key].buffer).equals(Buffer.from(original[key].buffer)), key).toBe(true);
      }
    expect(patch.source).toContain('readFileSync(');
    expect(fflatePrecomputedTables('var x = 1;', '"x"')).toBeNull();
  });

  it('deflates document bodies to the same bytes at every level', () => {
    for (const body of bodies)
      for (let l = 0; l <= 9; l++)
        expect(
          Buffer.from(patched(body, { level: level(l) })).equals(deflateSync(body, { level: level(l) })),
          `level ${l}`,
        ).toBe(true);
  });

  it('deflates any bytes to the same bytes (repetitive and random, with and without a dictionary)', () => {
    // text made of repeated fragments: long matches, the hash-chain positions inside them, block ends
    const repetitive = fc
      .tuple(
        fc.array(fc.uint8Array({ minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 0, maxLength: 3000 }),
      )
      .map(([pieces, picks]) => {
        const parts = picks.map((p) => pieces[p % pieces.length]!);
        return Uint8Array.from(parts.flatMap((p) => [...p]));
      });
    const input = fc.oneof(repetitive, fc.uint8Array({ maxLength: 3000 }));
    fc.assert(
      fc.property(
        input,
        fc.integer({ min: 0, max: 9 }),
        fc.option(fc.uint8Array({ maxLength: 2000 })),
        (data, l, dict) => {
          const opts: DeflateOptions = { level: level(l), ...(dict ? { dictionary: dict } : {}) };
          expect(Buffer.from(patched(data, opts)).equals(deflateSync(data, opts))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("docx's own fflate, initialised on first use", () => {
  it('is split off where expected; the rest calls it only through zipSync and unzipSync', () => {
    const split = splitDocxFflate(docxSource);
    expect(split, 'the patch applies to the installed docx').not.toBeNull();
    const { docx, fflate } = split!;
    expect(docx.split('__gwdraftDocxFflate().').length).toBe(3);
    expect(docx).toContain(`require(${JSON.stringify(DOCX_FFLATE_MODULE)})`);
    // the tables are built in the copy, not in docx's module any more
    expect(docx).not.toMatch(/^var rev = new u16\(32768\);/m);
    expect(fflate).toMatch(/^var rev = new u16\(32768\);/m);
    expect(docx.length + fflate.length).toBeGreaterThan(docxSource.length);
    expect(splitDocxFflate('var x = 1;')).toBeNull();
  });

  it('zips and unzips as fflate does', () => {
    const { fflate } = splitDocxFflate(docxSource)!;
    const module = { exports: {} as { zipSync: typeof zipSync; unzipSync: typeof unzipSync } };
    // the copy's own text, run as a CommonJS module as the bundle runs it
    new Function('module', 'exports', fflate)(module, module.exports);
    const files = {
      'a.xml': new TextEncoder().encode('<a>'.repeat(500)),
      'b/c.bin': Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251),
    };
    const zipped = module.exports.zipSync(files);
    expect(Buffer.from(zipped).equals(zipSync(files))).toBe(true);
    expect(module.exports.unzipSync(zipped)).toEqual(unzipSync(zipped));
  });
});

describe("docx's default styles, made when first written", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gwdraft-docx-patch-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  interface Docx {
    Document: new (options: unknown) => {
      Styles: { prepForXml(context: unknown): unknown; root: unknown[] };
    };
    Paragraph: new (text: string) => unknown;
  }
  const load = async (name: string, source: string) => {
    writeFileSync(join(dir, name), source);
    return (await import(pathToFileURL(join(dir, name)).href)) as Docx;
  };

  it('writes the same styles as docx, and builds none until written', async () => {
    const patchedSource = docxLazyDefaultStyles(docxSource);
    expect(patchedSource, 'the patch applies to the installed docx').not.toBeNull();
    expect(docxLazyDefaultStyles('var x = 1;')).toBeNull();
    const original = await load('original.mjs', docxSource);
    const patched = await load('patched.mjs', patchedSource!);
    const options = (d: Docx) => ({ sections: [{ children: [new d.Paragraph('正文')] }] });
    const a = new original.Document(options(original));
    const b = new patched.Document(options(patched));
    expect(b.Styles.root).toHaveLength(0);
    expect(a.Styles.root.length).toBeGreaterThan(30);
    const written = (d: { Styles: { prepForXml(context: unknown): unknown } }) =>
      JSON.stringify(d.Styles.prepForXml({ stack: [], file: d }));
    expect(written(b)).toBe(written(a));
    // written again (a second export of the same document): still the same, not doubled
    expect(written(b)).toBe(written(a));
    expect(b.Styles.root).toHaveLength(a.Styles.root.length);
  });
});
