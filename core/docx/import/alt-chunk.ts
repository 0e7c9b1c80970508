/**
 * w:altChunk: content Word imports when it opens the file, kept in another format in its own part. Web
 * apps and OA systems that offer "下载为 Word" often write the whole report this way (an HTML page, or an
 * MHT archive of one, inside a .docx), so the body has no paragraphs of its own. HTML and MHT chunks are
 * read as lines (one per paragraph, line break and table row; bold kept); other kinds (RTF, a nested
 * .docx) are not read, and the importer says so.
 */
import { decodeEntities, htmlToText } from '../../import/text/page-clutter';

export interface ChunkRun {
  text: string;
  bold: boolean;
}

function decode(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? 'utf-8').trim().toLowerCase();
  try {
    return new TextDecoder(label === 'gb2312' ? 'gbk' : label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function quotedPrintable(body: string): Uint8Array {
  const s = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const code = c.charCodeAt(0);
      out.push(code < 0x80 ? code : 0x3f);
    }
  }
  return new Uint8Array(out);
}

function base64(body: string): Uint8Array {
  const clean = body.replace(/[^A-Za-z0-9+/=]/g, '');
  const bin = atob(clean);
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

/** The HTML of an MHT archive's first text/html part, decoded; null when it has none. */
function mhtHtml(raw: string): string | null {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  const parts = boundary ? raw.split(`--${boundary}`) : [raw];
  for (const part of parts) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/content-type:\s*text\/html/i.test(headers)) continue;
    const body = part.slice(split.index + split[0].length);
    const charset = /charset="?([\w-]+)"?/i.exec(headers)?.[1];
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
    if (encoding === 'quoted-printable') return decode(quotedPrintable(body), charset);
    if (encoding === 'base64') return decode(base64(body), charset);
    return body;
  }
  return null;
}

function htmlOf(bytes: Uint8Array): string | null {
  const ascii = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  if (/^\s*MIME-Version:/im.test(ascii)) return mhtHtml(new TextDecoder('latin1').decode(bytes));
  if (!/<html|<body|<p[\s>]|<div[\s>]/i.test(ascii)) return null;
  const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(ascii)?.[1];
  return decode(bytes, charset);
}

/** "正文**加粗**正文" → runs. */
function runsOf(line: string): ChunkRun[] {
  const parts = line.split('**');
  const balanced = parts.length % 2 === 1;
  return parts.map((text, i) => ({ text, bold: balanced && i % 2 === 1 })).filter((r) => r.text !== '');
}

/** The lines of an HTML or MHT chunk, each as runs; null for a chunk of another kind. */
export function chunkLines(bytes: Uint8Array): ChunkRun[][] | null {
  const html = htmlOf(bytes);
  if (html === null) return null;
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/\r?\n/g, ' ')
    // Word's HTML puts a <p> in every table cell: a cell is one piece of its row's line.
    .replace(
      /(<t[dh]\b[^>]*>)([\s\S]*?)(<\/t[dh]\s*>)/gi,
      (_m, open: string, cell: string, close: string) =>
        `${open}${cell
          .replace(/<\/?(?:p|div)\b[^>]*>/gi, ' ')
          .replace(/\s+/g, ' ')
          .trim()}${close}`,
    );
  const text = decodeEntities(htmlToText(body).replace(/<[^<>]*>/g, ''));
  return text
    .split('\n')
    .map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((l) => l !== '' && l !== '****')
    .map(runsOf);
}
