/**
 * Bytes of a .txt/.md file → text. Accepted: UTF-8 (with or without BOM), UTF-16 with a BOM, and
 * GBK/GB18030 — what Notepad on older office PCs saves as "ANSI" — when the bytes are valid GB18030 and
 * read as Chinese text (UTF-8 is tried first: valid UTF-8 is never taken for GBK). Refused with a clear
 * reason: other encodings, binary files, and files over the size limit.
 */
export type TextDecodeCode = 'too-large' | 'not-utf8' | 'binary';
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

const WHY: Record<TextDecodeCode, string> = {
  'too-large': '文件过大 / the file is too large',
  'not-utf8':
    '文件不是 UTF-8、UTF-16 或 GBK 编码的文本，请用记事本“另存为”UTF-8 后再导入 / the file is not UTF-8, UTF-16 or GBK text: save it as UTF-8 and import again',
  binary: '文件不是文本文件 / the file is not a text file',
};

export class TextDecodeError extends Error {
  constructor(
    readonly code: TextDecodeCode,
    readonly fileName: string,
  ) {
    super(`${fileName}：${WHY[code]}`);
    this.name = 'TextDecodeError';
  }
}

/** Said to the user when a text file was read as GBK. */
export const GBK_NOTE = '该文件按 GBK（GB18030）编码读取；保存后的草稿为 UTF-8。';

/** Text imports are reports of some ten thousand characters; anything far larger is not one. */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

export function decodeTextBytes(bytes: Uint8Array, fileName: string): string {
  return decodeText(bytes, fileName).text;
}

/** The text and the encoding it was read in, so callers can tell the user when it was GBK. */
export function decodeText(bytes: Uint8Array, fileName: string): { text: string; encoding: TextEncoding } {
  if (bytes.byteLength > MAX_TEXT_BYTES) throw new TextDecodeError('too-large', fileName);
  let text: string;
  let encoding: TextEncoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = decodeUtf16(bytes.subarray(2), true, fileName);
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = decodeUtf16(bytes.subarray(2), false, fileName);
    encoding = 'utf-16be';
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const gbk = bytes.includes(0) ? null : readGbk(bytes);
      if (gbk === null) throw new TextDecodeError(bytes.includes(0) ? 'binary' : 'not-utf8', fileName);
      text = gbk;
      encoding = 'gb18030';
    }
  }
  if (looksBinary(text)) throw new TextDecodeError('binary', fileName);
  return { text, encoding };
}

function decodeUtf16(body: Uint8Array, littleEndian: boolean, fileName: string): string {
  if (body.byteLength % 2 !== 0) throw new TextDecodeError('not-utf8', fileName);
  let le = body;
  if (!littleEndian) {
    // Swap to little-endian ourselves: not every TextDecoder (small ICU builds) knows utf-16be.
    le = new Uint8Array(body.byteLength);
    for (let i = 0; i < body.byteLength; i += 2) {
      le[i] = body[i + 1]!;
      le[i + 1] = body[i]!;
    }
  }
  try {
    return new TextDecoder('utf-16le', { fatal: true }).decode(le);
  } catch {
    throw new TextDecodeError('not-utf8', fileName);
  }
}

/** Valid GB18030 with a fair share of Chinese characters (the likely story of a non-UTF-8 report), or null. */
function readGbk(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han > 0 && han >= text.replace(/\s/g, '').length * 0.2 ? text : null;
}

/**
 * NUL, or more than 1% C0 control characters other than tab and line breaks (Word's and WPS's manual
 * line break \v, the 软回车, and page break \f among them).
 */
function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) controls++;
  }
  return controls > Math.max(2, text.length * 0.01);
}
