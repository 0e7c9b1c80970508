/**
 * The DOCX exporter's zip codec on the Node side (the CLI and the service): fflate's deflate, as in the
 * browser, and Node's native CRC-32.
 *
 * Why not Node's native deflate, which is ~50 ms of CPU cheaper in a fresh `gwdraft export`: its zlib
 * (Chromium's fork) hashes with the CPU's CRC instructions where it has them, so its compressed bytes
 * differ from canonical zlib's (measured here: a 153 KB document.xml at level 1 gives other bytes than
 * Debian's zlib 1.2.13) and may differ between machines, and between Node and Electron builds. The
 * archive copy promises the same bytes for the same draft and options — on the clerk's Windows PC, on a
 * reviewer's Kylin machine, in the app and from the CLI — so deflate stays with one pinned pure-JS
 * implementation. A CRC-32 is one defined function, whoever computes it.
 * Type-only import of the exporter: loading this module does not load the docx library.
 */
import { crc32 } from 'node:zlib';
import { deflateSync, type DeflateOptions } from 'fflate';
import type { ZipCodec } from '../../core/docx/export/zip-package';

export const NODE_ZIP_CODEC: ZipCodec = {
  deflateRaw: (bytes, level) => deflateSync(bytes, { level: level as DeflateOptions['level'] }),
  // zlib.crc32: Node ≥ 20.15 (package.json asks for ≥ 20.19; Electron's Node is newer)
  crc32: (bytes) => crc32(bytes),
};
