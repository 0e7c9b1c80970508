import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withKnownParts } from './known-parts';
import { NODE_ZIP_CODEC } from './zip-codec';

const dir = mkdtempSync(join(tmpdir(), 'gwdraft-known-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The file layout of known-parts.ts, as scripts/build-cli.mjs writes it. */
function partsFile(name: string, parts: { level: number; input: Uint8Array; output: Uint8Array }[]) {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const head = Buffer.alloc(9);
    head[0] = p.level;
    head.writeUInt32LE(p.input.length, 1);
    head.writeUInt32LE(p.output.length, 5);
    chunks.push(head, Buffer.from(p.input), Buffer.from(p.output));
  }
  const file = join(dir, name);
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}

const text = (s: string) => new TextEncoder().encode(s);

describe('withKnownParts', () => {
  const theme = text('<a:theme>'.repeat(200));
  const deflated = NODE_ZIP_CODEC.deflateRaw(theme, 6);

  it('serves a part of the file for the very same input and level, and deflates anything else', () => {
    // a marker output, to see where the bytes came from
    const marker = new Uint8Array([1, 2, 3]);
    const codec = withKnownParts(
      NODE_ZIP_CODEC,
      partsFile('a.parts', [{ level: 6, input: theme, output: marker }]),
    );
    expect(codec.deflateRaw(theme, 6)).toEqual(marker);
    // same length, other bytes; same bytes, other level: deflated
    const other = theme.slice();
    other[other.length - 1] = 0x20;
    expect(codec.deflateRaw(other, 6)).toEqual(NODE_ZIP_CODEC.deflateRaw(other, 6));
    expect(codec.deflateRaw(theme, 1)).toEqual(NODE_ZIP_CODEC.deflateRaw(theme, 1));
    expect(codec.crc32(theme)).toBe(NODE_ZIP_CODEC.crc32(theme));
  });

  it('gives the bytes fflate gives, with the file the build writes or without one', () => {
    const codec = withKnownParts(
      NODE_ZIP_CODEC,
      partsFile('b.parts', [{ level: 6, input: theme, output: deflated }]),
    );
    expect(codec.deflateRaw(theme, 6)).toEqual(deflated);
    expect(withKnownParts(NODE_ZIP_CODEC, join(dir, 'missing.parts')).deflateRaw(theme, 6)).toEqual(deflated);
    expect(withKnownParts(NODE_ZIP_CODEC, undefined)).toBe(NODE_ZIP_CODEC);
  });

  it('ignores a file that does not read as its layout', () => {
    const good = partsFile('c.parts', [{ level: 6, input: theme, output: new Uint8Array([9]) }]);
    const truncated = join(dir, 'd.parts');
    writeFileSync(truncated, readFileSync(good).subarray(0, 20));
    expect(withKnownParts(NODE_ZIP_CODEC, truncated).deflateRaw(theme, 6)).toEqual(deflated);
  });
});
