/**
 * The DOCX exporter's zip codec on the Node side (the CLI and the service): Node's native zlib. In a
 * fresh process (every `gwdraft export`) the pure-JavaScript deflate and CRC-32 run cold, before the JIT
 * has compiled them; native code has no such start-up cost. The parts are the same; the compressed
 * bytes are zlib's, so an export is byte-stable for a given input and Node version (its bundled zlib).
 * Type-only import of the exporter: loading this module does not load the docx library.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import type { ZipCodec } from '../../core/docx/export/zip-package';

export const NODE_ZIP_CODEC: ZipCodec = {
  deflateRaw: (bytes, level) => deflateRawSync(bytes, { level }),
  // zlib.crc32: Node ≥ 20.15 (package.json asks for ≥ 20.19; Electron's Node is newer)
  crc32: (bytes) => crc32(bytes),
};
