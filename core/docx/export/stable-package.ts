/**
 * The archive copy is byte-stable: the same draft and options give the same bytes. The packer stamps
 * docProps/core.xml with the time of export and every zip entry with the current time; this step
 * replaces both with the document's own time (the 成文日期, or the time the caller fixes, e.g.
 * `--date` / SOURCE_DATE_EPOCH), fills docProps/app.xml and writes the entries again in their order.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { escapeXml } from './text-safety';

export const APPLICATION = 'gwdraft';

export interface PackageStamp {
  /** ISO 8601 time written as created and modified, e.g. 2024-12-12T00:00:00Z. */
  time: string;
  /** docProps/app.xml's Company. */
  company: string;
}

/** The document's time: the caller's (an ISO date or date-time), else the 成文日期, else 1 January after the year. */
export function documentTime(fixed: string | undefined, date: string | null, year: number): string {
  if (fixed)
    return /^\d{4}-\d{2}-\d{2}$/.test(fixed)
      ? `${fixed}T00:00:00Z`
      : new Date(fixed).toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (date) return `${date}T00:00:00Z`;
  return `${year + 1}-01-01T00:00:00Z`;
}

function appXml(company: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Template>Normal.dotm</Template><TotalTime>0</TotalTime><Application>${APPLICATION}</Application>` +
    `<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company>${escapeXml(company)}</Company>` +
    `<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>` +
    `</Properties>`
  );
}

export function stabilisePackage(bytes: Uint8Array, stamp: PackageStamp): Uint8Array {
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core)
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:\2>)/g,
        `$1${stamp.time}$3`,
      ),
    );
  files['docProps/app.xml'] = strToU8(appXml(stamp.company));
  // Zip entry times are DOS local times: a Date built from the document's calendar fields gives the
  // same fields on every machine, whatever its time zone.
  const [y, mo, d] = stamp.time.slice(0, 10).split('-').map(Number) as [number, number, number];
  const mtime = new Date(Math.max(1980, y), mo - 1, d, 0, 0, 0);
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(files)) entries[name] = [data, { mtime }];
  return zipSync(entries, { level: 6 });
}
