// Source patches applied by scripts/build-cli.mjs to libraries as they go into the CLI bundles, for a
// fresh process's start-up. Each leaves what the library computes exactly as it was (tested in
// cli/bin/bundle-patches.test.ts against the unpatched library), and each returns null — nothing patched —
// when the library's text is not as expected (another version): the bundle then holds the library as is.

// ---------------------------------------------------------------------------------------------------------
// docx's own copy of fflate, initialised on first use.
//
// The docx library carries a copy of fflate (its zip and unzip), whose module builds its Huffman and
// bit-reversal tables when it loads: two loops of 32,768 steps and more, run in V8's interpreter at every
// start of a bundle that holds docx, though the export never calls it (our zip step deflates with the
// fflate package; docx's copy serves only `Packer.pack` and `patchDocument`). In the bundles that copy
// becomes a CommonJS module of its own, which esbuild initialises on its first `require`: the same code,
// run (tables and all) the first time docx zips or unzips. The copy starts at esbuild's marker of fflate's
// browser build and ends at docx's src/util/zip.ts, which alone calls it, through `zipSync(` and
// `unzipSync(`; nothing else of the copy is used outside it.

const DOCX_FFLATE_START = '\n// node_modules/fflate/esm/browser.js\n';
const DOCX_FFLATE_END = '\n// src/util/zip.ts\n';
/** The module name under which the bundle finds docx's fflate copy. */
export const DOCX_FFLATE_MODULE = 'gwdraft-docx-fflate';
const CALL = /(?<![\w$.])((?:un)?zipSync)\(/g;

/** docx's source with its fflate copy required on first use, and that copy as a CommonJS module; or null. */
export function splitDocxFflate(source) {
  const start = source.indexOf(DOCX_FFLATE_START);
  const end = source.indexOf(DOCX_FFLATE_END);
  if (start < 0 || end < start || source.indexOf(DOCX_FFLATE_START, start + 1) >= 0) return null;
  const copy = source.slice(start, end);
  const rest = source.slice(end);
  const calls = rest.match(CALL) ?? [];
  if (
    calls.length !== 2 ||
    !/^function zipSync\(/m.test(copy) ||
    !/^function unzipSync\(/m.test(copy) ||
    /^(import|export)\b/m.test(copy)
  )
    return null;
  return {
    docx:
      source.slice(0, start) +
      '\nvar __gwdraftDocxFflateModule;\n' +
      `var __gwdraftDocxFflate = () => (__gwdraftDocxFflateModule ??= require(${JSON.stringify(DOCX_FFLATE_MODULE)}));` +
      rest.replace(CALL, '__gwdraftDocxFflate().$1('),
    fflate: `${copy}\nmodule.exports = { zipSync, unzipSync };\n`,
  };
}

// ---------------------------------------------------------------------------------------------------------
// fflate's deflate, its two per-byte loops in functions of their own.
//
// `gwdraft export` deflates the document body (153 KB of XML at 50 pages) in a fresh process, where
// fflate's `dflt` — one large function — runs in V8's interpreter: by the time V8 has compiled it (5–7
// ms of TurboFan for on-stack replacement), the loop is over. Nearly all of its steps are two small
// loops: adding each position inside a match to the hash chains (~150,000 steps at 50 pages), and
// extending a match byte by byte (~155,000 steps), against ~4,000 positions where a literal or a match is
// chosen. Each loop becomes a small function, which V8 optimises after a few thousand steps and in a
// fraction of a millisecond; `dflt` calls them with the same variables, and they do exactly what the
// loops did (same order of the same reads and writes), so the bytes are the same.

const INSERT_BEFORE = `        for (; i + 2 < s; ++i) {
            // hash value
            var hv = hsh(i);
`;
const INSERT_AFTER = `        for (; i + 2 < s; ++i) {
            if (i < wi) {
                // positions inside the last match (gwdraft: the hash chains only, in a small function)
                i = gwdraftChains(dat, head, prev, i, wi < s - 2 ? wi : s - 2, bs1_1, bs2_1, msk_1);
                if (i + 2 >= s)
                    break;
            }
            // hash value
            var hv = hsh(i);
`;
const EXTEND_BEFORE = `                            var nl = 0;
                            for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl)
                                ;
`;
const EXTEND_AFTER = `                            var nl = gwdraftMatchLength(dat, i, dif, ml);
`;
const HSH =
  'var hsh = function (i) { return (dat[i] ^ (dat[i + 1] << bs1_1) ^ (dat[i + 2] << bs2_1)) & msk_1; };';
const DFLT = '\nvar dflt = function (dat, lvl, plvl, pre, post, st) {\n';
const HELPERS = `
// gwdraft: dflt's per-byte loops as small functions (scripts/bundle-patches.mjs)
// positions from i up to e go into the hash chains as dflt's loop put them; returns e
var gwdraftChains = function (dat, head, prev, i, e, bs1, bs2, msk) {
    for (; i < e; ++i) {
        var hv = (dat[i] ^ (dat[i + 1] << bs1) ^ (dat[i + 2] << bs2)) & msk;
        var imod = i & 32767;
        prev[imod] = head[hv];
        head[hv] = imod;
    }
    return e;
};
// how many bytes from i equal those dif before them, at most ml
var gwdraftMatchLength = function (dat, i, dif, ml) {
    var nl = 0;
    for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl)
        ;
    return nl;
};`;

/** fflate's esm/index.mjs with dflt's two per-byte loops in functions of their own; or null. */
export function fflateDeflateLoops(source) {
  const once = (text) => source.split(text).length === 2;
  if (![INSERT_BEFORE, EXTEND_BEFORE, HSH, DFLT].every(once)) return null;
  // the chains loop replaces steps whose only effect is on prev and head: nothing else may happen there
  const loop = source.slice(source.indexOf(INSERT_BEFORE), source.indexOf(EXTEND_BEFORE));
  if (
    !loop.includes('            prev[imod] = pimod;\n            head[hv] = imod;\n            // We always')
  )
    return null;
  if (!loop.includes('            if (wi <= i) {\n')) return null;
  return source
    .replace(INSERT_BEFORE, INSERT_AFTER)
    .replace(EXTEND_BEFORE, EXTEND_AFTER)
    .replace(DFLT, `${HELPERS}${DFLT}`);
}

// ---------------------------------------------------------------------------------------------------------
// fflate's two large tables, computed by the build.
//
// fflate's module builds, when it loads, the distance-code table `revfd` (32,769 entries) and the
// bit-reversal table `rev` (32,768), each by a loop of 32,768 steps in V8's interpreter: 3–5 ms of every
// `gwdraft export`, before any work. The build runs that very code of fflate (its first lines, from the
// typed-array aliases to the end of the `rev` loop, which read nothing else) and writes the two tables'
// bytes to a file beside the bundle (export.cjs.<build>.tables, 192 KB, named after the build as the
// code cache and the parts file are); the module reads them from there into the same typed arrays, and
// computes them as fflate does if the file is missing or not of their size. The bundle is built on the
// machine that runs it (`npm install`), so the bytes are in its own byte order. (As base64 in the bundle
// instead, the 263 KB of text went into the V8 code cache as well: a quarter more to deserialise.)

const TABLES_START = 'var u8 = Uint8Array, u16 = Uint16Array, i32 = Int32Array;\n';
const REVFD = 'var _b = freb(fdeb, 0), fd = _b.b, revfd = _b.r;\n';
const REV = `var rev = new u16(32768);
for (var i = 0; i < 32768; ++i) {
    // reverse table algorithm from SO
    var x = ((i & 0xAAAA) >> 1) | ((i & 0x5555) << 1);
    x = ((x & 0xCCCC) >> 2) | ((x & 0x3333) << 2);
    x = ((x & 0xF0F0) >> 4) | ((x & 0x0F0F) << 4);
    rev[i] = (((x & 0xFF00) >> 8) | ((x & 0x00FF) << 8)) >> 1;
}
`;
/** Bytes of the tables file: revfd (32,769 × 4), then rev (32,768 × 2). */
const REVFD_BYTES = 32769 * 4;
const TABLES_BYTES = REVFD_BYTES + 32768 * 2;

/**
 * fflate's esm/index.mjs reading `revfd` and `rev` from the file at `pathExpression` (JavaScript text
 * evaluated in the module), and that file's bytes as fflate's own code computes them; or null.
 */
export function fflatePrecomputedTables(source, pathExpression) {
  const once = (text) => source.split(text).length === 2;
  if (![TABLES_START, REVFD, REV].every(once)) return null;
  const start = source.indexOf(TABLES_START);
  const end = source.indexOf(REV) + REV.length;
  if (!(start < source.indexOf(REVFD) && source.indexOf(REVFD) < source.indexOf(REV))) return null;
  // fflate's own lines up to the end of the rev loop: plain variables and loops, nothing imported
  const prelude = source.slice(start, end);
  if (/\b(import|export|require)\b/.test(prelude)) return null;
  // fflate's own table code, run here as its module runs it
  const { fd, revfd, rev } = new Function(`${prelude}\nreturn { fd: fd, revfd: revfd, rev: rev };`)();
  if (!(fd instanceof Uint16Array && revfd instanceof Int32Array && rev instanceof Uint16Array)) return null;
  if (revfd.byteLength !== REVFD_BYTES || revfd.byteLength + rev.byteLength !== TABLES_BYTES) return null;
  const tables = new Uint8Array(TABLES_BYTES);
  tables.set(new Uint8Array(revfd.buffer, revfd.byteOffset, revfd.byteLength), 0);
  tables.set(new Uint8Array(rev.buffer, rev.byteOffset, rev.byteLength), REVFD_BYTES);
  const slice = (from, to) =>
    `gwdraftTables.buffer.slice(gwdraftTables.byteOffset + ${from}, gwdraftTables.byteOffset + ${to})`;
  const patched = source
    .replace(
      TABLES_START,
      `${TABLES_START}// gwdraft: revfd and rev as fflate's own lines below computed them at build time, when their file is
// there (scripts/bundle-patches.mjs)
var gwdraftTables = (function () {
    try {
        var b = require('node:fs').readFileSync(${pathExpression});
        if (b.length === ${TABLES_BYTES})
            return b;
    }
    catch (e) { }
    return undefined;
})();
`,
    )
    .replace(
      REVFD,
      `var _b = gwdraftTables ? undefined : freb(fdeb, 0), fd = _b ? _b.b : new u16([${[...fd].join(', ')}]), revfd = _b ? _b.r : new i32(${slice(0, REVFD_BYTES)});\n`,
    )
    .replace(
      REV,
      `var rev;\nif (gwdraftTables)\n    rev = new u16(${slice(REVFD_BYTES, TABLES_BYTES)});\nelse {\n${REV}}\n`,
    );
  return { source: patched, tables };
}

// ---------------------------------------------------------------------------------------------------------
// docx's default styles, made when the styles are first written.
//
// A docx Document built without style options makes docx's ~35 default styles (Normal, headings, TOC 1–9,
// footnotes, hyperlinks…) in its constructor: hundreds of objects, built cold at every `gwdraft export`,
// which then overrides word/styles.xml with its own text, so the zip step never writes them. In the
// bundle the Document gets, in their place, a Styles component that makes the very same default styles
// (docx's own DefaultStylesFactory, in the same order) the first time it is written; a document whose
// styles are written (no override) gets the same styles.xml as before. Nothing else reads them: the
// styles hold no ids or counters, and docx reads them back only by writing them (stylesOf, for tables of
// contents).

const STYLES_BRANCH = `		} else {
			const stylesFactory = new DefaultStylesFactory();
			this.styles = new Styles(stylesFactory.newInstance());
		}
`;
const STYLES_CLASS = '\nvar Styles = class extends XmlComponent {\n';
const FACTORY_CLASS = '\nvar DefaultStylesFactory = class {\n';
const FILE_CLASS = '\nvar File = class {\n';
const LAZY_STYLES = `
// gwdraft: docx's default styles made when first written (scripts/bundle-patches.mjs)
var GwdraftLazyDefaultStyles = class extends Styles {
	constructor() {
		super({});
		this.gwdraftPending = true;
	}
	prepForXml(context) {
		if (this.gwdraftPending) {
			this.gwdraftPending = false;
			const defaults = new DefaultStylesFactory().newInstance();
			this.root.push(defaults.initialStyles, ...defaults.importedStyles);
		}
		return super.prepForXml(context);
	}
};`;

/** docx's source with the default styles of a Document made when first written; or null. */
export function docxLazyDefaultStyles(source) {
  const once = (text) => source.split(text).length === 2;
  if (![STYLES_BRANCH, STYLES_CLASS, FACTORY_CLASS, FILE_CLASS].every(once)) return null;
  const [styles, factory, file, branch] = [STYLES_CLASS, FACTORY_CLASS, FILE_CLASS, STYLES_BRANCH].map((t) =>
    source.indexOf(t),
  );
  if (!(styles < factory && factory < file && file < branch)) return null;
  // Styles' constructor as expected: initial styles, then the imported ones, into root
  const ctor = source.slice(styles, styles + 600);
  if (
    !ctor.includes('if (options.initialStyles) this.root.push(options.initialStyles);') ||
    !ctor.includes(
      'if (options.importedStyles) for (const style of options.importedStyles) this.root.push(style);',
    )
  )
    return null;
  return source.replace(FILE_CLASS, `${LAZY_STYLES}${FILE_CLASS}`).replace(
    STYLES_BRANCH,
    `		} else {
			this.styles = new GwdraftLazyDefaultStyles();
		}
`,
  );
}
