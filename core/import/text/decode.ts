/**
 * Bytes of a .txt/.md file → text. Accepted: UTF-8 (with or without BOM) and UTF-16 with a BOM, the
 * encodings Windows Notepad and WPS save. Refused with a clear reason: GBK/GB18030 (common on older
 * office PCs: the user re-saves as UTF-8), binary files, and files over the size limit.
 */
export type TextDecodeCode = 'too-large' | 'gbk' | 'not-utf8' | 'binary';

const WHY: Record<TextDecodeCode, string> = {
  'too-large': '文件过大 / the file is too large',
  gbk: '文件是 GBK/GB18030 编码，请用记事本“另存为”UTF-8 后再导入 / the file is GBK-encoded: save it as UTF-8 and import again',
  'not-utf8': '文件不是 UTF-8 或 UTF-16 文本 / the file is not UTF-8 or UTF-16 text',
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

/** Text imports are reports of some ten thousand characters; anything far larger is not one. */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

export function decodeTextBytes(bytes: Uint8Array, fileName: string): string {
  if (bytes.byteLength > MAX_TEXT_BYTES) throw new TextDecodeError('too-large', fileName);
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeUtf16(bytes.subarray(2), true, fileName);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeUtf16(bytes.subarray(2), false, fileName);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new TextDecodeError(
        looksGbk(bytes) ? 'gbk' : bytes.includes(0) ? 'binary' : 'not-utf8',
        fileName,
      );
    }
  }
  if (looksBinary(text)) throw new TextDecodeError('binary', fileName);
  return text;
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

/** Valid GB18030 with a fair share of Chinese characters: the likely story of a non-UTF-8 report. */
function looksGbk(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han > 0 && han >= text.replace(/\s/g, '').length * 0.2;
}

/** NUL, or more than 1% C0 control characters other than tab and line breaks. */
function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) controls++;
  }
  return controls > Math.max(2, text.length * 0.01);
}
