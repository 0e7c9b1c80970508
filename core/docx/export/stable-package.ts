/**
 * The archive copy is byte-stable: the same draft and options give the same bytes. The packer would
 * stamp docProps/core.xml with the time of export and every zip entry with the current time; instead
 * core.xml and app.xml are written here (handed to the packer as overrides) with the document's own
 * time (the 成文日期, or the time the caller fixes, e.g. `--date` / SOURCE_DATE_EPOCH), and the zip
 * entries' DOS times are set to it in place, without unpacking anything.
 */
import { escapeXml } from './text-safety';

export const APPLICATION = 'gwdraft';
export const CORE_PART = 'docProps/core.xml';
export const APP_PART = 'docProps/app.xml';

/** The document's time: the caller's (an ISO date or date-time), else the 成文日期, else 1 January after the year. */
export function documentTime(fixed: string | undefined, date: string | null, year: number): string {
  if (fixed)
    return /^\d{4}-\d{2}-\d{2}$/.test(fixed)
      ? `${fixed}T00:00:00Z`
      : new Date(fixed).toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (date) return `${date}T00:00:00Z`;
  return `${year + 1}-01-01T00:00:00Z`;
}

export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
  /** ISO 8601, written as created and modified. */
  time: string;
}

export function coreXml(c: CoreProperties): string {
  const e = escapeXml;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${e(c.title)}</dc:title><dc:subject>${e(c.subject)}</dc:subject><dc:creator>${e(c.creator)}</dc:creator>` +
    `<cp:keywords>${e(c.keywords)}</cp:keywords><dc:description>${e(c.description)}</dc:description>` +
    `<cp:lastModifiedBy>${e(c.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${c.time}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${c.time}</dcterms:modified></cp:coreProperties>`
  );
}

/** docProps/app.xml: the application and the organ (pages are only known once laid out: not written). */
export function appXml(company: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Template>Normal.dotm</Template><TotalTime>0</TotalTime><Application>${APPLICATION}</Application>` +
    `<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company>${escapeXml(company)}</Company>` +
    `<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>` +
    `</Properties>`
  );
}

/**
 * Every zip entry's DOS date and time set to the day of `time` (00:00), in the local headers and in the
 * central directory; the data is not touched. DOS times carry no zone: the calendar fields are written
 * as they are, so every machine writes the same bytes.
 */
export function fixZipTimes(zip: Uint8Array, time: string): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const [y, m, d] = time.slice(0, 10).split('-').map(Number) as [number, number, number];
  const dosDate = ((Math.max(1980, Math.min(2107, y)) - 1980) << 9) | (m << 5) | d;
  // End of central directory: scanned for from the end (the comment may be up to 65,535 bytes)
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('zip: bad central directory entry');
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('zip: bad local header');
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}
