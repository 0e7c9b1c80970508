/**
 * Unpacking a DOCX safely. Only the parts gwdraft reads are inflated; the declared sizes are checked
 * against caps before anything is inflated, and fflate inflates into a buffer of the declared size,
 * so a lying header can never make it allocate or write more than the cap.
 */
import { unzipSync } from 'fflate';
import { DocxImportError } from './errors';

export interface ZipLimits {
  /** Largest accepted input file, bytes. */
  maxFileBytes: number;
  /** Largest total unpacked size of the parts read, bytes. */
  maxUnpackedBytes: number;
  /** Most entries the archive may list. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxFileBytes: 30 * 1024 * 1024,
  maxUnpackedBytes: 50 * 1024 * 1024,
  maxEntries: 2000,
};

/** Parts of a DOCX that gwdraft reads. */
export const DOCX_PARTS = [
  'word/document.xml',
  'word/styles.xml',
  'word/numbering.xml',
  'word/comments.xml',
  'word/commentsExtended.xml',
] as const;

function isZip(bytes: Uint8Array): boolean {
  // Local file header "PK\3\4", or "PK\5\6" for an empty archive.
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

export function unzipDocxParts(
  bytes: Uint8Array,
  wanted: readonly string[] = DOCX_PARTS,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Map<string, Uint8Array> {
  if (bytes.length > limits.maxFileBytes)
    throw new DocxImportError('too-large', `${bytes.length} > ${limits.maxFileBytes} bytes`);
  if (!isZip(bytes)) throw new DocxImportError('not-zip');
  let entries = 0;
  let declared = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (info) => {
        entries += 1;
        if (entries > limits.maxEntries)
          throw new DocxImportError('too-many-entries', `> ${limits.maxEntries}`);
        if (!wanted.includes(info.name)) return false;
        if (info.compression !== 0 && info.compression !== 8)
          throw new DocxImportError('corrupt', `compression ${info.compression}`);
        if (!(info.originalSize >= 0)) throw new DocxImportError('corrupt', 'bad size');
        declared += info.compression === 0 ? info.size : info.originalSize;
        if (declared > limits.maxUnpackedBytes)
          throw new DocxImportError('bomb', `> ${limits.maxUnpackedBytes} bytes`);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof DocxImportError) throw err;
    throw new DocxImportError('corrupt', err instanceof Error ? err.message : String(err));
  }
  const out = new Map<string, Uint8Array>();
  for (const name of wanted) {
    const data = files[name];
    if (data) out.set(name, data);
  }
  return out;
}
