import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { DEFAULT_EXPORT_OPTIONS } from '../../api/contract';
import { findTemplate } from '../../../templates/index';
import { sampleReport } from '../../../test/render/sample-report';
import { exportDocx } from './export-docx';
import { documentTime } from './stable-package';

const template = findTemplate('zhanjiang-department')!;

/** DOS date and time of every entry, from the central directory. */
function entryTimes(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const times: string[] = [];
  for (let i = 0; i + 46 <= zip.length; i++)
    if (view.getUint32(i, true) === 0x02014b50) {
      const t = view.getUint16(i + 12, true);
      const d = view.getUint16(i + 14, true);
      times.push(`${(d >> 9) + 1980}-${(d >> 5) & 15}-${d & 31} ${t >> 11}:${(t >> 5) & 63}`);
    }
  return times;
}

describe('byte-stable export', () => {
  it('gives the same bytes for the same draft and options, dated by the 成文日期', async () => {
    const report = sampleReport(template, { chars: 1500, comments: true });
    const options = { ...DEFAULT_EXPORT_OPTIONS, comments: true, header: true, footerBlock: true };
    const a = (await exportDocx(report, template, options)).bytes;
    await new Promise((r) => setTimeout(r, 2100)); // past the 2-second step of zip times
    const b = (await exportDocx(report, template, options)).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const times = entryTimes(a);
    expect(times.length).toBe(Object.keys(unzipSync(a)).length);
    expect(new Set(times)).toEqual(new Set(['2025-1-6 0:0']));
    const files = unzipSync(a);
    expect(strFromU8(files['docProps/core.xml']!)).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-06T00:00:00Z</dcterms:created>',
    );
    expect(strFromU8(files['docProps/app.xml']!)).toContain('<Company>吴川市科工贸和信息化局</Company>');
  });

  it('takes the caller’s time, else the 成文日期, else 1 January after the year', () => {
    expect(documentTime('2025-02-01', '2025-01-06', 2024)).toBe('2025-02-01T00:00:00Z');
    expect(documentTime('2023-11-14T22:13:20.000Z', null, 2024)).toBe('2023-11-14T22:13:20Z');
    expect(documentTime(undefined, '2025-01-06', 2024)).toBe('2025-01-06T00:00:00Z');
    expect(documentTime(undefined, null, 2024)).toBe('2025-01-01T00:00:00Z');
  });
});
