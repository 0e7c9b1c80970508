/**
 * The zip step of the export, done here instead of by `Packer.pack`: the docx library still builds the
 * document and its compiler still lays out every part (paths, relationships, content types); the XML
 * text of each part is written by xml-writer.ts (same bytes as the library's writer), and this module
 * zips the parts.
 *
 * Why: `Packer.pack` deflates each of the ~21 parts afresh on every export, with fflate's default level
 * and a new deflate state per part. Most parts (theme, settings, numbering, relationships, our own styles,
 * font table and footers) are the same text on every export: their compressed bytes and CRC are kept in
 * a small cache keyed by the text, so only the parts that change (document.xml, comments, properties) are
 * compressed. The large ones use a fast deflate level (measured in bench/export.bench.ts: at level 1 the
 * 50-page body deflates in about half the time of level 6, for a DOCX a few KB larger).
 *
 * Pure (no Node): TextEncoder, and fflate's deflate and our CRC-32 unless the caller passes another
 * `ZipCodec` — the CLI and the service pass fflate's deflate with Node's native CRC-32
 * (electron/service/zip-codec.ts, which says why deflate stays fflate's: the same bytes everywhere).
 */
import {
  elementOf,
  IgnoreIfEmptyXmlComponent,
  isXmlComponent,
  NextAttributeComponent,
  Packer,
  Paragraph,
  ParagraphProperties,
  TableOfContents,
  XmlAttributeComponent,
  XmlComponent,
  type Document,
} from 'docx';
import type { DeflateOptions } from 'fflate';
import {
  componentXml,
  hasHyperlink,
  xmlOf,
  type KnownMethods,
  type WriteContext,
  type Xmlable,
} from './xml-writer';

/**
 * How the zip step compresses and checksums. Any codec gives a valid DOCX with the same parts; the
 * compressed bytes are the codec's own (the same input and codec — e.g. one Node version's zlib — give
 * the same bytes).
 */
export interface ZipCodec {
  /** Raw DEFLATE (RFC 1951, no zlib header or trailer) of `bytes` at `level` (1–9). */
  deflateRaw(bytes: Uint8Array, level: number): Uint8Array;
  /** The standard CRC-32 of `bytes`, as zip uses it. */
  crc32(bytes: Uint8Array): number;
}

let jsCodec: Promise<ZipCodec> | undefined;

/**
 * The default codec: pure JavaScript (fflate's deflate, our CRC-32), for the browser as for Node. fflate
 * is loaded on first use: its module builds its tables at load, which a caller with another codec (a
 * fresh `gwdraft export` process) does not pay for.
 */
export function jsZipCodec(): Promise<ZipCodec> {
  return (jsCodec ??= import('fflate').then(({ deflateSync }) => ({
    deflateRaw: (bytes, level) => deflateSync(bytes, { level: level as DeflateOptions['level'] }),
    crc32: (bytes) => crc32(bytes),
  })));
}

/** A part the caller writes itself (styles, font table, footers), replacing the library's. */
export interface PartOverride {
  path: string;
  data: string;
}

/** What `Packer`'s compiler gives: the package's parts by path, in the order they are zipped. */
type PackageParts = Map<string, string | Uint8Array>;
interface PackageCompiler {
  compile(file: Document, prettify: undefined, overrides: PartOverride[]): PackageParts;
  formatter: { format(input: unknown, context?: unknown): unknown };
}

/** The library's components, as far as the compiler's formatter uses them. */
interface Component {
  prepForXml(context: unknown): Xmlable | undefined;
}

/**
 * What the compiler's formatter returns instead of the element's object tree: an element without a name
 * whose only content is a value that is neither a string nor an object, which the library's writer
 * copies through `String()` unescaped — the XML already written by `xmlOf`.
 */
function written(xml: string): Xmlable {
  const text = () => xml;
  text.toString = text;
  return { '': [text] };
}

/**
 * The compiler's formatter with the faster writer: `prepForXml` of the library's components as before,
 * their XML by `xmlOf`. The parts in `skip` (replaced by an override, so never read) are not written.
 */
class FastFormatter {
  skip: ReadonlySet<unknown> = new Set();
  format(input: Component, context: unknown = { stack: [] }): Xmlable {
    if (this.skip.has(input)) return written('');
    const output = input.prepForXml(context);
    if (!output) throw Error('XMLComponent did not format correctly');
    return written(xmlOf(output));
  }
}

type FastCompiler = PackageCompiler & { formatter: FastFormatter };
/** The compiler with the faster formatter (another instance: `Packer.compiler` stays as it is). */
let fastCompiler: FastCompiler | null | undefined;

let libraryWriter = false;

/** Tests: zip what the library's own compiler writes (no faster writer, nothing skipped or reused). */
export function useLibraryWriter(on: boolean): void {
  libraryWriter = on;
}

function compilerOf(): FastCompiler | null {
  if (libraryWriter) return null;
  if (fastCompiler !== undefined) return fastCompiler;
  const stock = (Packer as unknown as { compiler?: PackageCompiler }).compiler;
  if (typeof stock?.compile !== 'function' || typeof stock.formatter?.format !== 'function')
    return (fastCompiler = null);
  const Compiler = stock.constructor as new () => PackageCompiler;
  const compiler = new Compiler();
  compiler.formatter = new FastFormatter();
  return (fastCompiler = compiler as FastCompiler);
}

/**
 * The library's objects that write the parts in `overrides`: the styles, properties, font table and
 * footers we write ourselves are then not written by the library only to be replaced. (A footer is
 * also scanned for images by the compiler, so footers are skipped only in a document without any.)
 */
function overridden(doc: Document, overrides: readonly PartOverride[]): Set<unknown> {
  const paths = new Set(overrides.map((o) => o.path));
  const file = doc as unknown as {
    Styles: unknown;
    CoreProperties: unknown;
    AppProperties: unknown;
    Theme: unknown;
    FontTable: { View: unknown };
    Footers: { View: unknown }[];
    Media: { Array: unknown[] };
  };
  const skip = new Set<unknown>();
  if (paths.has('word/styles.xml')) skip.add(file.Styles);
  if (paths.has('docProps/core.xml')) skip.add(file.CoreProperties);
  if (paths.has('docProps/app.xml')) skip.add(file.AppProperties);
  if (paths.has('word/theme/theme1.xml')) skip.add(file.Theme);
  if (paths.has('word/fontTable.xml')) skip.add(file.FontTable.View);
  if (file.Media.Array.length === 0)
    file.Footers.forEach((f, i) => {
      if (paths.has(`word/footer${i + 1}.xml`)) skip.add(f.View);
    });
  return skip;
}

type PrepForXml = (this: unknown, context: WriteContext) => unknown;
const methodOf = (proto: object) => (proto as { prepForXml: PrepForXml }).prepForXml;

/**
 * The library's `prepForXml` methods the component writer knows, or null if Paragraph and
 * ParagraphProperties no longer sit on the generic methods (another version of the library).
 */
const known: KnownMethods | null = (() => {
  const generic = methodOf(XmlComponent.prototype);
  const ignoreIfEmpty = methodOf(IgnoreIfEmptyXmlComponent.prototype);
  if (
    methodOf(Object.getPrototypeOf(Paragraph.prototype) as object) !== generic ||
    methodOf(Object.getPrototypeOf(ParagraphProperties.prototype) as object) !== ignoreIfEmpty
  )
    return null;
  return {
    generic,
    ignoreIfEmpty,
    attributes: methodOf(XmlAttributeComponent.prototype),
    nextAttributes: methodOf(NextAttributeComponent.prototype),
    paragraph: methodOf(Paragraph.prototype),
    paragraphProperties: methodOf(ParagraphProperties.prototype),
    isComponent: isXmlComponent as unknown as KnownMethods['isComponent'],
    elementOf,
  } as KnownMethods;
})();

interface BodyLike {
  root: unknown[];
  pageNumbers?: unknown;
}

/** A table of contents anywhere outside paragraphs (the body fills it from its paragraphs' objects). */
function hasTableOfContents(components: readonly unknown[]): boolean {
  for (const c of components) {
    if (c instanceof TableOfContents) return true;
    if (c instanceof Paragraph || !isXmlComponent(c)) continue;
    const root = (c as unknown as { root?: unknown }).root;
    if (Array.isArray(root) && hasTableOfContents(root)) return true;
  }
  return false;
}

/**
 * Runs `compile` with the body's paragraphs written by the component writer (xml-writer.ts) instead of
 * their `prepForXml` objects: Paragraph's method is replaced for the duration of this synchronous call
 * only. The body's own `prepForXml` still runs (sections); it reads its paragraphs' objects only to fill
 * tables of contents and page numbers, so a document with either is left to the library.
 */
function withParagraphWriter<T>(doc: Document, compile: () => T): T {
  const m = known;
  const body = (doc as unknown as { Document: { View: { Body: BodyLike } } }).Document.View.Body;
  if (!m || body.pageNumbers !== undefined || hasTableOfContents(body.root)) return compile();
  const proto = Paragraph.prototype as unknown as { prepForXml: PrepForXml };
  proto.prepForXml = function (this: unknown, context: WriteContext) {
    const p = this as Parameters<typeof componentXml>[1];
    if (context.stack[context.stack.length - 1] !== body || hasHyperlink(m, p))
      return m.paragraph.call(p, context);
    return written(componentXml(m, p, context, false)!);
  };
  try {
    return compile();
  } finally {
    proto.prepForXml = m.paragraph;
  }
}

/** A part the library writes whose text depends only on `key` (the theme on its fonts): kept once written. */
export interface ReusablePart {
  path: string;
  key: string;
}
const reusable = new Map<string, string>();

/** Deflate level for parts compressed on each export. */
export const FAST_LEVEL = 1;
/** Parts up to this many characters are cached once compressed; larger ones (the body) never repeat. */
const CACHEABLE_CHARS = 64 * 1024;
const CACHE_LIMIT = 64;

interface Compressed {
  crc: number;
  size: number;
  data: Uint8Array;
  method: 0 | 8;
}

/** Compressed parts by their text, one cache per codec (their bytes differ). */
const caches = new WeakMap<ZipCodec, Map<string, Compressed>>();
const encoder = new TextEncoder();

/**
 * The DOCX bytes of `doc`, with `overrides` in place of the library's parts of the same path, and the
 * `reuse` parts as the library wrote them the first time, zipped with `codec`. Falls back to `Packer.pack`
 * if this version of the library has no compiler to call.
 */
export async function packDocx(
  doc: Document,
  overrides: PartOverride[],
  modified: Date = new Date(),
  reuse: readonly ReusablePart[] = [],
  codec?: ZipCodec,
): Promise<Uint8Array> {
  codec ??= await jsZipCodec();
  const compiler = compilerOf();
  if (!compiler) {
    const stock = (Packer as unknown as { compiler?: PackageCompiler }).compiler;
    if (typeof stock?.compile !== 'function')
      return Packer.pack(doc, 'uint8array', false, overrides) as Promise<Uint8Array>;
    return zipParts(stock.compile(doc, undefined, overrides), modified, codec);
  }
  const known: PartOverride[] = [];
  const learn: ReusablePart[] = [];
  for (const r of reuse) {
    const data = reusable.get(`${r.path}\n${r.key}`);
    if (data === undefined) learn.push(r);
    else known.push({ path: r.path, data });
  }
  const all = known.length > 0 ? [...overrides, ...known] : overrides;
  compiler.formatter.skip = overridden(doc, all);
  let parts: PackageParts;
  try {
    parts = withParagraphWriter(doc, () => compiler.compile(doc, undefined, all));
  } finally {
    compiler.formatter.skip = new Set();
  }
  for (const r of learn) {
    const data = parts.get(r.path);
    if (typeof data !== 'string') continue;
    if (reusable.size >= CACHE_LIMIT) reusable.clear();
    reusable.set(`${r.path}\n${r.key}`, data);
  }
  return zipParts(parts, modified, codec);
}

/** A zip of `parts` in their order (names ASCII, as all DOCX part names are; others are flagged UTF-8). */
export function zipParts(
  parts: ReadonlyMap<string, string | Uint8Array>,
  modified: Date,
  codec: ZipCodec,
): Uint8Array {
  const time = dosTime(modified);
  const entries: { name: Uint8Array; utf8: boolean; c: Compressed; offset: number }[] = [];
  let offset = 0;
  let central = 0;
  // Compressed smallest first, the body last (each part's bytes do not depend on the order; they are
  // laid out in the parts' order below). In a fresh process the deflate runs cold, and V8 compiles it
  // while it deflates the body; a part deflated after the body made V8 compile it a second time, ~10–15
  // ms on the other core, which the process then waited for at exit (`--trace-opt`).
  const list = [...parts];
  const order = list.map((_, i) => i).sort((a, b) => list[a]![1].length - list[b]![1].length || a - b);
  const done: Compressed[] = [];
  for (const i of order) done[i] = compressed(list[i]![1], codec);
  list.forEach(([path], i) => {
    const name = encoder.encode(path);
    const c = done[i]!;
    entries.push({ name, utf8: name.length !== path.length, c, offset });
    offset += 30 + name.length + c.data.length;
    central += 46 + name.length;
  });
  const out = new Uint8Array(offset + central + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const header = (e: (typeof entries)[number], centralDir: boolean) => {
    view.setUint32(at, centralDir ? 0x02014b50 : 0x04034b50, true);
    at += 4;
    if (centralDir) {
      view.setUint16(at, 20, true); // made by: MS-DOS, zip 2.0
      at += 2;
    }
    view.setUint16(at, 20, true); // needed: 2.0 (deflate)
    view.setUint16(at + 2, e.utf8 ? 0x800 : 0, true);
    view.setUint16(at + 4, e.c.method, true);
    view.setUint16(at + 6, time.time, true);
    view.setUint16(at + 8, time.date, true);
    view.setUint32(at + 10, e.c.crc, true);
    view.setUint32(at + 14, e.c.data.length, true);
    view.setUint32(at + 18, e.c.size, true);
    view.setUint16(at + 22, e.name.length, true);
    view.setUint16(at + 24, 0, true); // extra field
    at += 26;
    if (centralDir) {
      // comment length, disk, internal and external attributes: 0; then the local header's offset
      view.setUint32(at + 10, e.offset, true);
      at += 14;
    }
    out.set(e.name, at);
    at += e.name.length;
  };
  for (const e of entries) {
    header(e, false);
    out.set(e.c.data, at);
    at += e.c.data.length;
  }
  const centralStart = at;
  for (const e of entries) header(e, true);
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

function compressed(data: string | Uint8Array, codec: ZipCodec): Compressed {
  let cache = caches.get(codec);
  if (!cache) caches.set(codec, (cache = new Map()));
  const key = typeof data === 'string' && data.length <= CACHEABLE_CHARS ? data : null;
  const hit = key === null ? undefined : cache.get(key);
  if (hit) {
    // least recently used first: a hit moves to the end
    cache.delete(key!);
    cache.set(key!, hit);
    return hit;
  }
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  const deflated = codec.deflateRaw(bytes, key === null ? FAST_LEVEL : 6);
  const crc = codec.crc32(bytes) >>> 0;
  // A part that does not shrink (tiny, or already compressed media) is stored.
  const c: Compressed =
    deflated.length < bytes.length
      ? { crc, size: bytes.length, data: deflated, method: 8 }
      : { crc, size: bytes.length, data: bytes, method: 0 };
  if (key !== null) {
    // Parts that change on every export (the properties' dates) fall out first.
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, c);
  }
  return c;
}

function dosTime(d: Date): { time: number; date: number } {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** CRC-32 tables for slicing by 8: table k (at k × 256) advances a byte through k more zero bytes. */
let crcTables: Uint32Array | null = null;

function tables(): Uint32Array {
  const t = new Uint32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 8; k++)
      t[k * 256 + n] = (t[(k - 1) * 256 + n]! >>> 8) ^ t[t[(k - 1) * 256 + n]! & 0xff]!;
  return t;
}

/** The standard CRC-32 (as zip uses), eight bytes a step. */
export function crc32(bytes: Uint8Array): number {
  const t = (crcTables ??= tables());
  let crc = 0xffffffff;
  let i = 0;
  const end8 = bytes.length - (bytes.length % 8);
  for (; i < end8; i += 8) {
    const a = (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)) ^ crc;
    crc =
      t[1792 + (a & 0xff)]! ^
      t[1536 + ((a >>> 8) & 0xff)]! ^
      t[1280 + ((a >>> 16) & 0xff)]! ^
      t[1024 + (a >>> 24)]! ^
      t[768 + bytes[i + 4]!]! ^
      t[512 + bytes[i + 5]!]! ^
      t[256 + bytes[i + 6]!]! ^
      t[bytes[i + 7]!]!;
  }
  for (; i < bytes.length; i++) crc = t[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
