/**
 * What the children of a run (w:r) put into the paragraph's text, as Word shows it: text, tabs, line
 * breaks ('\n', split into lines by the importer), non-breaking hyphens and symbols (w:sym). Hidden text
 * (w:vanish) is not shown and not read.
 */
import { attr, child, isOn, type XElement } from './xml';

/** Wingdings and Symbol characters seen in reports (check boxes, bullets, arrows), by their code. */
const SYMBOLS: Record<string, Record<number, string>> = {
  wingdings: {
    0x6c: '●',
    0x6e: '■',
    0x6f: '□',
    0x71: '❑',
    0xa7: '▪',
    0xa8: '□',
    0x9f: '•',
    0xd8: '➢',
    0xe0: '→',
    0xfb: '✗',
    0xfc: '✓',
    0xfd: '☒',
    0xfe: '☑',
  },
  // Wingdings 2, as Excel and Word tips use it for check boxes: P ✓, O ✗, R ☑, T ☒, £ □.
  'wingdings 2': {
    0x50: '✓',
    0x4f: '✗',
    0x52: '☑',
    0x54: '☒',
    0xa3: '□',
  },
  symbol: {
    0xb0: '°',
    0xb1: '±',
    0xb3: '≥',
    0xa3: '≤',
    0xb4: '×',
    0xb7: '•',
    0xb8: '÷',
    0xae: '→',
    0xd6: '√',
  },
};

/**
 * The character a w:sym shows: its code as Unicode, or for the Symbol and Wingdings fonts (codes in the
 * F000 private area) the Unicode character that looks the same; '' when unknown.
 */
export function symbolText(sym: XElement): string {
  const code = parseInt(attr(sym, 'char') ?? '', 16);
  if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff) return '';
  const font = (attr(sym, 'font') ?? '').trim().toLowerCase();
  const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  const table = SYMBOLS[font];
  if (table) return table[low] ?? '';
  return code >= 0xe000 && code <= 0xf8ff ? '' : String.fromCodePoint(code);
}

/** Hidden text (w:vanish in the run's properties): Word neither shows nor prints it. */
export function isHiddenRun(run: XElement): boolean {
  const rPr = child(run, 'w:rPr');
  return isOn(rPr && child(rPr, 'w:vanish'));
}

/** Text of a w:t / w:delText: its character content. */
export function textContent(el: XElement): string {
  return el.children.filter((x) => typeof x === 'string').join('');
}

/**
 * What a child of a run shows other than text (w:t and w:delText are read by the caller), or null when
 * it shows nothing: a tab, a line or page break, a hyphen, a symbol.
 */
export function runMark(c: XElement): string | null {
  switch (c.name) {
    case 'w:tab':
    case 'w:ptab':
      return '\t';
    case 'w:br':
    case 'w:cr':
      // A line break (Shift+Enter), a page or column break: the importer reads lines from them.
      return '\n';
    case 'w:noBreakHyphen':
      return '-';
    case 'w:sym':
      return symbolText(c) || null;
    default:
      return null;
  }
}
