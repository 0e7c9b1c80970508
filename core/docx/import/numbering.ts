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
  'taiwaneseCountingThousand',
  'ideographLegalTraditional',
  'chineseLegalSimplified',
  'ideographTraditional',
  'ideographDigital',
  'taiwaneseCounting',
  'japaneseCounting',
]);

/**
 * A level's number format. Word 2010+ writes a format older readers lack as mc:AlternateContent: a
 * w:numFmt "custom" (with w:format) in mc:Choice, the nearest built-in format in mc:Fallback.
 */
export function numFmtOf(lvl: XElement): string | undefined {
  const own = attr(child(lvl, 'w:numFmt'), 'val');
  if (own !== undefined) return own;
  const ac = child(lvl, 'mc:AlternateContent');
  if (!ac) return undefined;
  for (const branch of ac.children) {
    if (typeof branch === 'string') continue;
    const v = attr(child(branch, 'w:numFmt'), 'val');
    if (v !== undefined && v !== 'custom') return v;
  }
  return undefined;
}

export function labelLevel(numFmt: string, lvlText: string): ListLabelLevel | null {
  const t = lvlText.replace(/%\d/, '%').trim();
  const chinese = CHINESE_FORMATS.has(numFmt);
  const decimal = numFmt === 'decimal' || numFmt === 'decimalFullWidth' || numFmt === 'decimalHalfWidth';
  const paren = /^[（(]%[）)]$/.test(t);
  if (chinese && /^%[、，,．.]$/.test(t)) return 1;
  if (chinese && /^第%部分[、，,．.：:]?$/.test(t)) return 1;
  // ⑴ ⑵ …: Word's enclosed numbers, a （1） heading written in one character.
  if (numFmt === 'decimalEnclosedParen' && t === '%') return 4;
  if (chinese && paren) return 2;
  if (decimal && /^%[.．、]$/.test(t)) return 3;
  if (decimal && paren) return 4;
  return null;
}

/**
 * A list defined by a list style (Word's 定义新列表样式; WPS writes them too): the instance's abstractNum
 * holds only w:numStyleLink, and the levels are in the abstractNum whose w:styleLink names that style.
 * abstractNumId → the abstractNumId whose levels it uses.
 */
function levelsSource(root: XElement): Map<string, string> {
  const byStyle = new Map<string, string>();
  const out = new Map<string, string>();
  const all = childrenNamed(root, 'w:abstractNum');
  for (const a of all) {
    const id = attr(a, 'abstractNumId');
    const style = attr(child(a, 'w:styleLink'), 'val');
    if (id !== undefined && style !== undefined && childrenNamed(a, 'w:lvl').length > 0)
      byStyle.set(style, id);
  }
  for (const a of all) {
    const id = attr(a, 'abstractNumId');
    if (id === undefined) continue;
    const link = attr(child(a, 'w:numStyleLink'), 'val');
    const target =
      link !== undefined && childrenNamed(a, 'w:lvl').length === 0 ? byStyle.get(link) : undefined;
    out.set(id, target ?? id);
  }
  return out;
}

export function readNumbering(root: XElement | null): NumberingMap {
  const map: NumberingMap = new Map();
  if (!root) return map;
  const source = levelsSource(root);
  const abstract = new Map<string, Map<number, ListLabelLevel>>();
  for (const a of childrenNamed(root, 'w:abstractNum')) {
    const id = attr(a, 'abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, ListLabelLevel>();
    for (const lvl of childrenNamed(a, 'w:lvl')) {
      const ilvl = Number(attr(lvl, 'ilvl'));
      const level = labelLevel(numFmtOf(lvl) ?? '', attr(child(lvl, 'w:lvlText'), 'val') ?? '');
      if (Number.isInteger(ilvl) && level !== null) levels.set(ilvl, level);
    }
    abstract.set(id, levels);
  }
  for (const n of childrenNamed(root, 'w:num')) {
    const numId = attr(n, 'numId');
    const abs = attr(child(n, 'w:abstractNumId'), 'val');
    const base = abs !== undefined ? abstract.get(source.get(abs) ?? abs) : undefined;
    if (numId === undefined || !base) continue;
    // An instance's w:lvlOverride with its own w:lvl shows that level's label instead.
    const levels = new Map(base);
    for (const o of childrenNamed(n, 'w:lvlOverride')) {
      const lvl = child(o, 'w:lvl');
      const ilvl = Number(attr(o, 'ilvl'));
      if (!lvl || !Number.isInteger(ilvl)) continue;
      const level = labelLevel(numFmtOf(lvl) ?? '', attr(child(lvl, 'w:lvlText'), 'val') ?? '');
      if (level === null) levels.delete(ilvl);
      else levels.set(ilvl, level);
    }
    map.set(numId, levels);
  }
  return map;
}

/** One level of a list as numbering.xml defines it: the number format, the label pattern, the start. */
export interface ListLevelFormat {
  numFmt: string;
  /** "%1、", "（%2）", "%1.%2": %n is the counter of level n-1. */
  lvlText: string;
  start: number;
  /** w:isLgl: the higher levels' numbers shown as Arabic digits in this level's label. */
  legal: boolean;
  /**
   * w:lvlRestart: this level starts again when a level above `restartBelow` (ilvl < restartBelow) is
   * counted. Absent: after any higher level (Word's default); 0: never. Word ignores a value naming this
   * level or a lower one. Undefined here means the default.
   */
  restartBelow?: number;
}

/**
 * numId → the list: which counters it uses, and per ilvl how that level's label is written. Word counts
 * all the w:num instances of one abstractNum as one list; an instance's w:startOverride (Word's 重新开始编号
 * or 设置编号值) sets that shared counter where the instance is first used at that level, and the list
 * counts on from there whichever instance the following paragraphs use.
 */
export type ListFormats = Map<
  string,
  {
    counter: string;
    levels: Map<number, ListLevelFormat>;
    /** ilvl → w:startOverride of this instance. */
    startOverrides?: Map<number, number>;
  }
>;

function levelFormat(lvl: XElement, ilvl: number): ListLevelFormat {
  const start = Number(attr(child(lvl, 'w:start'), 'val') ?? 1);
  const isLgl = child(lvl, 'w:isLgl');
  const restart = Number(attr(child(lvl, 'w:lvlRestart'), 'val'));
  return {
    numFmt: numFmtOf(lvl) ?? 'decimal',
    lvlText: attr(child(lvl, 'w:lvlText'), 'val') ?? '',
    start: Number.isInteger(start) && start >= 0 ? start : 1,
    legal:
      isLgl !== null && isLgl !== undefined && attr(isLgl, 'val') !== '0' && attr(isLgl, 'val') !== 'false',
    // lvlRestart is one-based (1 = the first level): n restarts after levels 0 … n-1.
    ...(Number.isInteger(restart) && restart >= 0 && restart <= ilvl ? { restartBelow: restart } : {}),
  };
}

/** The label formats of every list in numbering.xml, with a w:num's w:lvlOverride applied. */
export function readListFormats(root: XElement | null): ListFormats {
  const out: ListFormats = new Map();
  if (!root) return out;
  const source = levelsSource(root);
  const abstract = new Map<string, Map<number, ListLevelFormat>>();
  for (const a of childrenNamed(root, 'w:abstractNum')) {
    const id = attr(a, 'abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, ListLevelFormat>();
    for (const lvl of childrenNamed(a, 'w:lvl')) {
      const ilvl = Number(attr(lvl, 'ilvl'));
      if (Number.isInteger(ilvl) && ilvl >= 0 && ilvl <= 8) levels.set(ilvl, levelFormat(lvl, ilvl));
    }
    abstract.set(id, levels);
  }
  for (const n of childrenNamed(root, 'w:num')) {
    const numId = attr(n, 'numId');
    const written = attr(child(n, 'w:abstractNumId'), 'val');
    const abs = written !== undefined ? (source.get(written) ?? written) : undefined;
    const base = abs !== undefined ? abstract.get(abs) : undefined;
    if (numId === undefined || !base) continue;
    const levels = new Map(base);
    const startOverrides = new Map<number, number>();
    for (const o of childrenNamed(n, 'w:lvlOverride')) {
      const ilvl = Number(attr(o, 'ilvl'));
      if (!Number.isInteger(ilvl) || ilvl < 0 || ilvl > 8) continue;
      const lvl = child(o, 'w:lvl');
      if (lvl) levels.set(ilvl, levelFormat(lvl, ilvl));
      const startOverride = Number(attr(child(o, 'w:startOverride'), 'val'));
      if (Number.isInteger(startOverride) && startOverride >= 0) startOverrides.set(ilvl, startOverride);
    }
    out.set(numId, {
      counter: `abstract:${abs}`,
      levels,
      ...(startOverrides.size > 0 ? { startOverrides } : {}),
    });
  }
  return out;
}

const CN_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const LEGAL_TRADITIONAL = '零壹貳參肆伍陸柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESISED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (Word's chineseCounting). */
function counting(n: number, digits: string, ten: string, hundred: string): string {
  if (n === 0) return digits[0]!;
  if (n < 10) return digits[n]!;
  if (n < 100) {
    const t = Math.floor(n / 10);
    const o = n % 10;
    return (t === 1 ? '' : digits[t]!) + ten + (o ? digits[o]! : '');
  }
  if (n < 1000) {
    const h = Math.floor(n / 100);
    const rest = n % 100;
    if (rest === 0) return digits[h]! + hundred;
    const tail = counting(rest, digits, ten, hundred);
    return digits[h]! + hundred + (rest < 10 ? '零' : rest < 20 ? digits[1]! : '') + tail;
  }
  return String(n);
}

function alpha(n: number, upper: boolean): string {
  // Word: a … z, aa … zz, aaa …
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  const s = letter.repeat(Math.floor((n - 1) / 26) + 1);
  return upper ? s.toUpperCase() : s;
}

function roman(n: number, upper: boolean): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table)
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  return upper ? out.toUpperCase() : out;
}

/** The number `n` as Word shows it in format `numFmt` (null for bullets and formats without a number). */
export function formatListNumber(n: number, numFmt: string): string | null {
  switch (numFmt) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
    case 'taiwaneseCounting':
    case 'japaneseCounting':
      return counting(n, CN_DIGITS, '十', '百');
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(n).replace(/\d/g, (d) => CN_DIGITS[Number(d)]!);
    case 'chineseLegalSimplified':
      return counting(n, LEGAL_DIGITS, '拾', '佰');
    case 'ideographLegalTraditional':
      return counting(n, LEGAL_TRADITIONAL, '拾', '佰');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? STEMS[n - 1]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? CIRCLED[n - 1]! : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? PARENTHESISED[n - 1]! : `(${n})`;
    case 'lowerLetter':
    case 'upperLetter':
      return n >= 1 ? alpha(n, numFmt === 'upperLetter') : String(n);
    case 'lowerRoman':
    case 'upperRoman':
      return roman(n, numFmt === 'upperRoman');
    case 'none':
      return '';
    case 'bullet':
      return null;
    default:
      return String(n);
  }
}

/**
 * The labels Word shows on numbered paragraphs, in document order: one counter per list and level
 * (see ListFormats). A level's counter starts again when a higher level of the same list counts on,
 * unless its w:lvlRestart says otherwise; an instance's w:startOverride sets it where first used.
 */
export class ListCounters {
  private readonly counters = new Map<string, (number | undefined)[]>();
  /** `numId:ilvl` whose start override has been applied. */
  private readonly overridden = new Set<string>();
  constructor(private readonly formats: ListFormats) {}

  /** Count the paragraph numbered (numId, ilvl) and return its label ("一、", "（二）", "1.2"), or null. */
  next(numId: string, ilvl: number): string | null {
    const list = this.formats.get(numId);
    const levels = list?.levels;
    const own = levels?.get(ilvl);
    if (!list || !levels || !own || own.numFmt === 'bullet') return null;
    let c = this.counters.get(list.counter);
    if (!c) {
      c = [];
      this.counters.set(list.counter, c);
    }
    const override = list.startOverrides?.get(ilvl);
    const key = `${numId}:${ilvl}`;
    if (override !== undefined && !this.overridden.has(key)) {
      this.overridden.add(key);
      c[ilvl] = override;
    } else c[ilvl] = c[ilvl] === undefined ? own.start : c[ilvl]! + 1;
    for (let k = ilvl + 1; k < c.length; k++) if (ilvl < (levels.get(k)?.restartBelow ?? k)) c[k] = undefined;
    const counts = c;
    return own.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const f = levels.get(k);
      const n = counts[k] ?? list.startOverrides?.get(k) ?? f?.start ?? 1;
      const fmt = k < ilvl && own.legal ? 'decimal' : (f?.numFmt ?? 'decimal');
      return formatListNumber(n, fmt) ?? '';
    });
  }
}
