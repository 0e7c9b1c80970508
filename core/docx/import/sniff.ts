/**
 * What a file given as .docx is when it is not a zip: an old Word / WPS file or an encrypted package
 * (OLE), a web page (HTML, or MHT as Word's 单个文件网页 and OA systems' "下载为 Word" write it), RTF, or
 * a PDF. Each is told apart so the message can say what to do with it.
 */
import type { DocxImportErrorCode } from './errors';

/** The signature of an OLE compound file (.doc, .wps, .xls, and Word's encrypted packages). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function head(bytes: Uint8Array): string {
  const b = bytes.subarray(0, 2048);
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  return new TextDecoder('utf-8').decode(b).replace(/^\uFEFF/, '');
}

export function notZipKind(bytes: Uint8Array): DocxImportErrorCode {
  if (bytes.length >= OLE.length && OLE.every((b, i) => bytes[i] === b)) return 'old-word';
  const text = head(bytes).trimStart();
  if (text.startsWith('%PDF-')) return 'pdf';
  if (text.startsWith('{\\rtf')) return 'rtf';
  if (/^MIME-Version:/im.test(text.slice(0, 1024)) && /multipart\/related|text\/html/i.test(text))
    return 'web-page';
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i.test(text))
    return 'web-page';
  return 'not-zip';
}
