import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { crc32, jsZipCodec, packDocx, zipParts } from './zip-package';
import { centralDirectory } from '../../../test/helpers/zip-central-directory';

const doc = (text: string) =>
  new Document({
    sections: [{ children: [new Paragraph({ children: [new TextRun(text)] })] }],
  });

describe('zip-package', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    // eight bytes a step, then the rest: every length and offset against the bit-by-bit definition
    const bitwise = (bytes: Uint8Array) => {
      let crc = 0xffffffff;
      for (const b of bytes) {
        crc ^= b;
        for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
      }
      return (crc ^ 0xffffffff) >>> 0;
    };
    const data = Uint8Array.from({ length: 300 }, (_, i) => (i * 2654435761) >>> 13);
    for (let len = 0; len <= 40; len++)
      for (const at of [0, 1, 3, 7])
        expect(crc32(data.subarray(at, at + len))).toBe(bitwise(data.subarray(at, at + len)));
    expect(crc32(data)).toBe(bitwise(data));
  });

  it('writes the same parts, in the same order, as Packer.pack, with their overrides', async () => {
    const override = [{ path: 'word/fontTable.xml', data: '<?xml version="1.0"?><w:fonts/>' }];
    const ours = unzipSync(await packDocx(doc('正文 text'), override));
    const theirs = unzipSync(await Packer.pack(doc('正文 text'), 'uint8array', false, override));
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    for (const [name, bytes] of Object.entries(theirs)) {
      // core.xml holds the time of writing, which may have ticked between the two
      if (name === 'docProps/core.xml') continue;
      expect(strFromU8(ours[name]!), name).toBe(strFromU8(bytes));
    }
    expect(strFromU8(ours['word/fontTable.xml']!)).toBe(override[0]!.data);
  });

  it('records each part with its real CRC and size, also when it comes from the cache', async () => {
    for (const text of ['第一次', '第二次：缓存中的部分再用一次']) {
      const bytes = await packDocx(doc(text), []);
      const files = unzipSync(bytes);
      const entries = centralDirectory(bytes);
      expect(entries.map((e) => e.name)).toEqual(Object.keys(files));
      for (const e of entries) {
        expect(e.crc, e.name).toBe(crc32(files[e.name]!));
        expect(e.size, e.name).toBe(files[e.name]!.length);
        expect([0, 8]).toContain(e.method);
      }
      expect(strFromU8(files['word/document.xml']!)).toContain(text);
    }
  });

  it('stores a part that does not shrink, and marks non-ASCII names as UTF-8', async () => {
    const bytes = zipParts(
      new Map<string, string | Uint8Array>([
        ['a', new Uint8Array([1])],
        ['图.xml', 'x'.repeat(1000)],
      ]),
      new Date(2026, 0, 2, 3, 4, 6),
      await jsZipCodec(),
    );
    const [a, b] = centralDirectory(bytes);
    expect(a!.method).toBe(0);
    expect(b!.method).toBe(8);
    const view = new DataView(bytes.buffer);
    expect(view.getUint16(6, true) & 0x800).toBe(0);
    const files = unzipSync(bytes);
    expect(files['图.xml']!.length).toBe(1000);
    // DOS date and time of the entries
    expect(view.getUint16(10, true)).toBe((3 << 11) | (4 << 5) | 3);
    expect(view.getUint16(12, true)).toBe((46 << 9) | (1 << 5) | 2);
  });
});
