/**
 * A zip's central directory read straight from the bytes, for tests of what the exporter writes
 * (not the importer's reader: this one checks the signatures and keeps the CRC).
 */
import { expect } from 'vitest';
import { strFromU8 } from 'fflate';

/** Every entry of a zip's central directory: name, method, CRC and sizes, read from the bytes. */
export function centralDirectory(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const offset = view.getUint32(at + 42, true);
    expect(view.getUint32(offset, true)).toBe(0x04034b50);
    out.push({
      name: strFromU8(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
    });
    at += 46 + nameLength;
  }
  return out;
}
