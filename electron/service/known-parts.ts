/**
 * Deflated parts a build made ahead of time, for `gwdraft export` as a fresh process. The parts that are
 * the same in every export with the same options (theme, styles, numbering, settings, font table,
 * footers…) are deflated at level 6 by fflate, which in a fresh process runs cold in V8's interpreter:
 * ~15–20 ms of every one-shot export. scripts/build-cli.mjs exports its warm-up drafts with the export
 * bundle, keeps each part deflated at level 6 with its input (dist/cli/export.cjs.<build>.parts), and
 * the export bundle serves a part from that file when its input bytes are exactly the same — the bytes
 * the same fflate gives for them, made by the same build. Any other input (other options, fonts, a
 * template's own parts) is deflated as before. The sources have no such file.
 *
 * File layout, repeated to its end: level (u8), input length (u32 LE), output length (u32 LE), input,
 * output. A file that does not read as that is ignored.
 */
import { readFileSync } from 'node:fs';
import type { ZipCodec } from '../../core/docx/export/zip-package';

export interface KnownPart {
  level: number;
  input: Uint8Array;
  output: Uint8Array;
}

/** Set by the build's warm-up (scripts/build-cli.mjs): the parts deflated meanwhile are listed here. */
declare global {
  var __gwdraftRecordParts: KnownPart[] | undefined;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

function readKnownParts(file: string): Map<string, KnownPart[]> {
  const parts = new Map<string, KnownPart[]>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return parts;
  }
  const found: KnownPart[] = [];
  for (let at = 0; at < bytes.length;) {
    if (at + 9 > bytes.length) return new Map();
    const level = bytes[at]!;
    const inLength = bytes.readUInt32LE(at + 1);
    const outLength = bytes.readUInt32LE(at + 5);
    at += 9;
    if (at + inLength + outLength > bytes.length) return new Map();
    // plain Uint8Array views, as a codec's deflate returns (not Buffers)
    const view = (from: number, length: number) =>
      new Uint8Array(bytes.buffer, bytes.byteOffset + from, length);
    found.push({ level, input: view(at, inLength), output: view(at + inLength, outLength) });
    at += inLength + outLength;
  }
  for (const p of found) {
    const key = `${p.level}:${p.input.length}`;
    parts.set(key, [...(parts.get(key) ?? []), p]);
  }
  return parts;
}

/**
 * `codec` with the parts of `file` (read on the first deflate) served as they were deflated by the
 * build. `file` undefined: `codec` itself.
 */
export function withKnownParts(codec: ZipCodec, file: string | undefined): ZipCodec {
  if (file === undefined) return codec;
  let known: Map<string, KnownPart[]> | undefined;
  return {
    crc32: codec.crc32,
    deflateRaw(bytes, level) {
      known ??= readKnownParts(file);
      const hit = known.get(`${level}:${bytes.length}`)?.find((p) => equalBytes(bytes, p.input));
      if (hit) return hit.output;
      const output = codec.deflateRaw(bytes, level);
      globalThis.__gwdraftRecordParts?.push({ level, input: bytes.slice(), output });
      return output;
    },
  };
}
