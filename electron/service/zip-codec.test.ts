import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { DEFAULT_EXPORT_OPTIONS } from '../../core/api/contract';
import { exportDocx } from '../../core/docx/export/index';
import { crc32 } from '../../core/docx/export/zip-package';
import { findTemplate } from '../../templates/index';
import { sampleReport } from '../../test/render/sample-report';
import { NODE_ZIP_CODEC } from './zip-codec';
import { centralDirectory } from '../../test/helpers/zip-central-directory';

const template = findTemplate('zhanjiang-department')!;

describe('the Node zip codec of the exporter', () => {
  it('checksums as zip does', () => {
    const data = new TextEncoder().encode('123456789正文'.repeat(50));
    expect(NODE_ZIP_CODEC.crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(NODE_ZIP_CODEC.crc32(data)).toBe(crc32(data));
  });

  it('gives the very bytes of the default codec (the app, the CLI and the in-page export agree), CRCs and sizes right', async () => {
    const report = sampleReport(template, { chars: 6000, comments: true });
    const options = { ...DEFAULT_EXPORT_OPTIONS, comments: true, header: true, footerBlock: true };
    const js = (await exportDocx(report, template, options)).bytes;
    const native = (await exportDocx(report, template, options, NODE_ZIP_CODEC)).bytes;
    // the archive copy's digest must not depend on which side exported it, nor on the machine
    expect(Buffer.from(native).equals(Buffer.from(js))).toBe(true);
    const [a, b] = [unzipSync(js), unzipSync(native)];
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const [name, bytes] of Object.entries(a)) expect(strFromU8(b[name]!), name).toBe(strFromU8(bytes));
    for (const e of centralDirectory(native)) {
      expect(e.crc, e.name).toBe(crc32(b[e.name]!));
      expect(e.size, e.name).toBe(b[e.name]!.length);
      expect([0, 8]).toContain(e.method);
    }
    // compressed parts present, and the archive stable (the second export reuses the cached small
    // parts, the first compressed them)
    expect(centralDirectory(native).some((e) => e.method === 8)).toBe(true);
    const again = (await exportDocx(report, template, options, NODE_ZIP_CODEC)).bytes;
    expect(Buffer.from(again).equals(Buffer.from(native))).toBe(true);
  });
});
