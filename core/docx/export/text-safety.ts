/**
 * Text that can go into WordprocessingML: XML 1.0 allows TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and
 * the supplementary planes (as surrogate pairs). Anything else (C0 controls, lone surrogates, U+FFFE/U+FFFF)
 * would make Word refuse the file, so it is dropped and counted for a warning. Rare names and CJK
 * extension B characters are supplementary-plane pairs and are kept.
 */

export interface DroppedChars {
  /** Code points dropped, in hex (U+0007), first seen first, each once. */
  codes: string[];
  count: number;
}

export function newDropped(): DroppedChars {
  return { codes: [], count: 0 };
}

function allowed(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

// Fast path: most text has nothing to drop.
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** The text with XML-invalid characters removed; what was removed is added to `dropped`. */
export function xmlSafe(text: string, dropped: DroppedChars): string {
  if (!SUSPECT.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
        continue;
      }
    }
    if (allowed(c)) {
      out += text[i]!;
      continue;
    }
    dropped.count++;
    const code = 'U+' + c.toString(16).toUpperCase().padStart(4, '0');
    if (!dropped.codes.includes(code) && dropped.codes.length < 20) dropped.codes.push(code);
  }
  return out;
}

/** Escape for XML text and attribute values (for the parts written as strings). */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) =>
    ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : ch === '"' ? '&quot;' : '&apos;',
  );
}

/** The Chinese warning for dropped characters, or null when nothing was dropped. */
export function droppedWarning(dropped: DroppedChars): string | null {
  if (dropped.count === 0) return null;
  return `已删除 ${dropped.count} 个 Word 文件中不允许的控制字符（${dropped.codes.join('、')}）`;
}
