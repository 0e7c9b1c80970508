/**
 * A .txt/.md file's bytes → an imported report: decoded (UTF-8, UTF-16 with BOM, or GBK) and imported,
 * with the GBK reading said first among the warnings. The one entry point for the CLI and the service.
 */
import { decodeText, GBK_NOTE } from './decode';
import { importText, type ImportTextOptions, type ImportTextResult } from './import-text';

export function importTextBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ImportTextOptions,
): ImportTextResult {
  const { text, encoding } = decodeText(bytes, fileName);
  const result = importText(text, options);
  return encoding === 'gb18030' ? { ...result, warnings: [GBK_NOTE, ...result.warnings] } : result;
}
