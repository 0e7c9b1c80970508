/**
 * Unpacking a DOCX safely, without trusting anything the archive declares:
 * - the central directory is read here (not by a library that trusts it): every entry's local header
 *   and data must lie inside the file, before the central directory, and no two entries may overlap or
 *   share bytes (several entries pointing at one stream multiply one bomb), nor share a name;
 * - only the parts gwdraft reads are inflated, by a streaming inflater fed a few KB at a time, and the
 *   output actually produced is counted: inflation stops as soon as a part produces more than it declared
 *   or all parts together more than `maxUnpackedBytes`. A header that lies about the size changes nothing.
 * A nested zip (an archive stored as a part) is never unpacked: its bytes are just a part that is not XML.
 */
import { Inflate } from 'fflate';
import { DocxImportError } from './errors';
import { notZipKind } from './sniff';

export interface ZipLimits {
  /** Largest accepted input file, bytes. */
  maxFileBytes: number;
  /** Largest total unpacked size of the parts read, bytes (counted on the actual output). */
  maxUnpackedBytes: number;
  /** Most entries the archive may list. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFileBytes: 30 * 1024 * 1024,
  maxUnpackedBytes: 50 * 1024 * 1024,
  maxEntries: 2000,
};

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  headerOffset: number;
  /** Offset of the entry's data (after the local header). */
  dataOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;

/** Compressed input fed to the inflater per step: bounds what one step can produce (~1032:1). */
const INFLATE_STEP = 4096;

function corrupt(detail: string): DocxImportError {
  return new DocxImportError('corrupt', detail);
}

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(offset: number, length: number, what: string): void {
    if (!(offset >= 0 && length >= 0 && offset + length <= this.bytes.length))
      throw corrupt(`${what} outside the file`);
  }
  u16(o: number): number {
    return this.view.getUint16(o, true);
  }
  u32(o: number): number {
    return this.view.getUint32(o, true);
  }
  u64(o: number): number {
    const n = this.view.getBigUint64(o, true);
    if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt('64-bit size out of range');
    return Number(n);
  }
}

function isZip(bytes: Uint8Array): boolean {
  // Local file header "PK\3\4", or "PK\5\6" for an empty archive.
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

function findEocd(r: Reader): number {
  const len = r.bytes.length;
  const stop = Math.max(0, len - 22 - 0xffff);
  for (let i = len - 22; i >= stop; i--) if (r.u32(i) === SIG_EOCD) return i;
  // A zip whose start is there and whose end is not: cut short.
  throw new DocxImportError('truncated', `${len} bytes, no end of central directory`);
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** The archive's entries, validated: inside the file, no overlaps, no duplicate names. */
export function readZipEntries(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const r = new Reader(bytes);
  if (bytes.length < 22) throw new DocxImportError('truncated', `${bytes.length} bytes`);
  const eocd = findEocd(r);
  let count = r.u16(eocd + 10);
  let cdSize = r.u32(eocd + 12);
  let cdOffset = r.u32(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || r.u32(loc) !== SIG_ZIP64_LOCATOR) throw corrupt('zip64 locator missing');
    const z64 = r.u64(loc + 8);
    r.need(z64, 56, 'zip64 directory');
    if (r.u32(z64) !== SIG_ZIP64_EOCD) throw corrupt('zip64 directory');
    count = r.u64(z64 + 32);
    cdSize = r.u64(z64 + 40);
    cdOffset = r.u64(z64 + 48);
  }
  if (count > limits.maxEntries)
    throw new DocxImportError('too-many-entries', `${count} > ${limits.maxEntries}`);
  r.need(cdOffset, cdSize, 'central directory');
  if (cdOffset + cdSize > eocd) throw corrupt('central directory overlaps its end record');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    r.need(p, 46, 'central directory entry');
    if (r.u32(p) !== SIG_CENTRAL) throw corrupt('bad central directory entry');
    const flags = r.u16(p + 8);
    const method = r.u16(p + 10);
    let compressedSize = r.u32(p + 20);
    let size = r.u32(p + 24);
    const nameLen = r.u16(p + 28);
    const extraLen = r.u16(p + 30);
    const commentLen = r.u16(p + 32);
    let headerOffset = r.u32(p + 42);
    r.need(p + 46, nameLen + extraLen + commentLen, 'central directory entry');
    const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : latin1).decode(rawName);
    // Zip64 extended information: the fields that were 0xffffffff, in order.
    if (size === 0xffffffff || compressedSize === 0xffffffff || headerOffset === 0xffffffff) {
      let e = p + 46 + nameLen;
      const end = e + extraLen;
      let found = false;
      while (e + 4 <= end) {
        const id = r.u16(e);
        const len = r.u16(e + 2);
        if (e + 4 + len > end) break;
        if (id === 0x0001) {
          let q = e + 4;
          const take = (): number => {
            if (q + 8 > e + 4 + len) throw corrupt('zip64 field');
            const v = r.u64(q);
            q += 8;
            return v;
          };
          if (size === 0xffffffff) size = take();
          if (compressedSize === 0xffffffff) compressedSize = take();
          if (headerOffset === 0xffffffff) headerOffset = take();
          found = true;
          break;
        }
        e += 4 + len;
      }
      if (!found) throw corrupt('zip64 field missing');
    }
    p += 46 + nameLen + extraLen + commentLen;
    if (p > cdOffset + cdSize) throw corrupt('central directory longer than declared');
    if (names.has(name)) throw corrupt(`duplicate entry ${name}`);
    names.add(name);

    r.need(headerOffset, 30, `local header of ${name}`);
    if (r.u32(headerOffset) !== SIG_LOCAL) throw corrupt(`bad local header of ${name}`);
    const dataOffset = headerOffset + 30 + r.u16(headerOffset + 26) + r.u16(headerOffset + 28);
    r.need(dataOffset, compressedSize, `data of ${name}`);
    if (dataOffset + compressedSize > cdOffset)
      throw corrupt(`data of ${name} runs into the central directory`);
    entries.push({ name, method, flags, compressedSize, size, headerOffset, dataOffset });
  }

  // No two entries may share bytes: several entries over one stream are how one bomb becomes a thousand.
  const byOffset = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1]!;
    const cur = byOffset[i]!;
    if (cur.headerOffset < prev.dataOffset + prev.compressedSize)
      throw new DocxImportError('overlapping', `${prev.name} / ${cur.name}`);
  }
  return entries;
}

/**
 * Inflate one entry, counting the actual output: more than it declared (a lie) or than `budget` (what is
 * left of the archive's total) stops it at once.
 */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: number, limits: ZipLimits): Uint8Array {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.flags & 1) throw corrupt(`${entry.name} is encrypted`);
  if (entry.size > budget)
    throw new DocxImportError('bomb', `${entry.name}: > ${limits.maxUnpackedBytes} bytes`);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw corrupt(`${entry.name}: stored size mismatch`);
    return data.slice();
  }
  if (entry.method !== 8) throw corrupt(`compression ${entry.method}`);
  const cap = entry.size;
  const out = new Uint8Array(cap);
  let produced = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    if (produced + chunk.length > cap)
      throw new DocxImportError(
        'bomb',
        produced + chunk.length > budget
          ? `${entry.name}: > ${limits.maxUnpackedBytes} bytes`
          : `${entry.name} inflates past the ${cap} bytes it declares`,
      );
    out.set(chunk, produced);
    produced += chunk.length;
    if (final) done = true;
  });
  try {
    for (let i = 0; i < data.length; i += INFLATE_STEP) {
      const end = Math.min(i + INFLATE_STEP, data.length);
      inflater.push(data.subarray(i, end), end === data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch (err) {
    if (err instanceof DocxImportError) throw err;
    throw corrupt(`${entry.name}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!done) throw corrupt(`${entry.name}: truncated stream`);
  return produced === cap ? out : out.slice(0, produced);
}

/** An archive whose entries are checked; parts are inflated on demand within one total budget. */
export interface ZipArchive {
  has(name: string): boolean;
  /** The part's bytes, or undefined when the archive has no such entry. */
  read(name: string): Uint8Array | undefined;
}

export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
  if (bytes.length === 0) throw new DocxImportError('empty');
  if (bytes.length > limits.maxFileBytes)
    throw new DocxImportError('too-large', `${bytes.length} > ${limits.maxFileBytes} bytes`);
  if (!isZip(bytes)) throw new DocxImportError(notZipKind(bytes));
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(bytes, limits);
  } catch (err) {
    if (err instanceof DocxImportError) throw err;
    throw corrupt(err instanceof Error ? err.message : String(err));
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  const read = new Map<string, Uint8Array>();
  let left = limits.maxUnpackedBytes;
  return {
    has: (name) => byName.has(name),
    read(name) {
      const done = read.get(name);
      if (done) return done;
      const entry = byName.get(name);
      if (!entry) return undefined;
      const data = inflateEntry(bytes, entry, left, limits);
      left -= data.length;
      read.set(name, data);
      return data;
    },
  };
}
