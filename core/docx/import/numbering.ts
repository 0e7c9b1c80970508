/**
 * Word's automatic numbering (numbering.xml): a paragraph numbered "一、" or "（一）" by a list, not by
 * typed text, is a heading all the same. The level follows the label's shape, as for typed numbers.
 */
import { attr, child, childrenNamed, type XElement } from './xml';

export type ListLabelLevel = 1 | 2 | 3 | 4;

/** numId → ilvl → level of the heading hierarchy its label shows, when it shows one. */
export type NumberingMap = Map<string, Map<number, ListLabelLevel>>;

const CHINESE_FORMATS = new Set([
  'chineseCounting',
  'chineseCountingThousand',
  'chineseLegalSimplified',
  'ideographTraditional',
  'ideographDigital',
  'taiwaneseCounting',
  'japaneseCounting',
]);

export function labelLevel(numFmt: string, lvlText: string): ListLabelLevel | null {
  const t = lvlText.replace(/%\d/, '%').trim();
  const chinese = CHINESE_FORMATS.has(numFmt);
  const decimal = numFmt === 'decimal' || numFmt === 'decimalFullWidth' || numFmt === 'decimalHalfWidth';
  const paren = /^[（(]%[）)]$/.test(t);
  if (chinese && /^%[、，,．.]$/.test(t)) return 1;
  if (chinese && paren) return 2;
  if (decimal && /^%[.．、]$/.test(t)) return 3;
  if (decimal && paren) return 4;
  return null;
}

export function readNumbering(root: XElement | null): NumberingMap {
  const map: NumberingMap = new Map();
  if (!root) return map;
  const abstract = new Map<string, Map<number, ListLabelLevel>>();
  for (const a of childrenNamed(root, 'w:abstractNum')) {
    const id = attr(a, 'abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, ListLabelLevel>();
    for (const lvl of childrenNamed(a, 'w:lvl')) {
      const ilvl = Number(attr(lvl, 'ilvl'));
      const level = labelLevel(
        attr(child(lvl, 'w:numFmt'), 'val') ?? '',
        attr(child(lvl, 'w:lvlText'), 'val') ?? '',
      );
      if (Number.isInteger(ilvl) && level !== null) levels.set(ilvl, level);
    }
    abstract.set(id, levels);
  }
  for (const n of childrenNamed(root, 'w:num')) {
    const numId = attr(n, 'numId');
    const abs = attr(child(n, 'w:abstractNumId'), 'val');
    const levels = abs !== undefined ? abstract.get(abs) : undefined;
    if (numId !== undefined && levels) map.set(numId, levels);
  }
  return map;
}
