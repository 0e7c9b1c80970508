/**
 * Classifying the lines of a report: section headings 一、, sub-headings （一）/1./（1）, dates, text;
 * and joining the paragraphs PDF extraction broke in the middle of a sentence.
 */
import { isMarkupOnly, stripLineMarkup } from './inline';
import {
  BRACKETED,
  decodeEntities,
  DECORATION,
  isAccountCardField,
  isAccountName,
  isContentsLine,
  isPageNumber,
  isRelatedListHeader,
  isWebChrome,
  MAX_RELATED_TITLES,
  tableRowText,
  unwrapLinks,
} from './page-clutter';
import { isFigureRow, isTableRow, MAX_ROW_CHARS } from '../../model/table-row';
import { HALF_BRACKET_LABEL, halfBracketLevels as placeHalfBrackets } from '../half-bracket';
import {
  firstListItem,
  type HeadingLevel,
  nextListItem,
  PART_LABEL_ALONE,
  readsAsSentence,
  subLabelOf,
} from '../heading-patterns';

export { isTableRow };

export type LineKind = 'section' | 'sub2' | 'sub3' | 'sub4' | 'text';

export interface Line {
  /** The line with line-level markup (#, >, bullets) removed; inline ** kept. */
  raw: string;
  /** Without any markup: what the classification looks at. */
  plain: string;
  kind: LineKind;
  /** Length of the number label ("四、", "（一）", "1.") at the start of `plain`; 0 for text. */
  labelLength: number;
  /** Body text that starts with a sub-heading's number ("1.全年办理案件36件，纠错率8.3%；"). */
  numbered?: true;
  /** A line wholly in 【】 ("【主要举措和成效】"): its words, a heading when the report has no 一、. */
  bracketed?: { raw: string; plain: string };
  /** The line began indented (a full-width space, or two): in a PDF's text, a paragraph's first line. */
  indented?: true;
  /** Numbered "1）" or "1)", a number closed by a bracket only: its level is read from the headings above it. */
  halfBracket?: true;
}

const CN_NUM = '[一二三四五六七八九十]{1,3}';
/** `standalone`: only on a line that is a heading alone (no sentence in it, not a table row). */
const LABELS: readonly {
  kind: Exclude<LineKind, 'text'>;
  re: RegExp;
  standalone?: true;
  halfBracket?: true;
}[] = [
  // "四、" as GB/T 9704 writes it (a space before 、 as some typists leave it); "四．"/"四." as some PDFs
  // and typists do.
  { kind: 'section', re: new RegExp(`^${CN_NUM}[ \u3000]*[、．.]`) },
  // "四，…" or "四" and a (full-width) space (the 、 typed as a comma, or lost to a space in a PDF), "01 …" as a 公众号 numbers
  // its parts: taken only for a heading standing alone.
  { kind: 'section', re: new RegExp(`^${CN_NUM}(?:[，,]|[ \u3000]+)`), standalone: true },
  { kind: 'section', re: /^0[1-9](?:[ \u3000]+|[、．.](?!\d))/, standalone: true },
  // "第一部分 主要举措和成效", as some units number their parts: a heading only when it holds no sentence.
  { kind: 'section', re: new RegExp(`^第${CN_NUM}部分(?=[^。；]*。?$)[、，,．.：:\\s\u3000]*`) },
  // "【一】主要举措和成效", as some web pages number their parts.
  { kind: 'section', re: new RegExp(`^【${CN_NUM}】[ \u3000]*`) },
  // "（ 一 ）" with spaces inside, as a web page's copy or a PDF's text spaces it.
  { kind: 'sub2', re: new RegExp(`^[（(][ \u3000]*${CN_NUM}[ \u3000]*[）)]`) },
  // "1." "1．" "1、" but not "1.5万元", "2024年" or "12.3%"; "1.2025年度…" is 1. and a year.
  { kind: 'sub3', re: /^[1-9]\d?(?:[.．](?!\d(?!\d{3}年))|、)/ },
  { kind: 'sub4', re: /^[（(][ \u3000]*[1-9]\d?[ \u3000]*[）)]/u },
  // "1）开展会前学法", the level below the heading above it (halfBracketLevels).
  { kind: 'sub4', re: HALF_BRACKET_LABEL, halfBracket: true },
];

const SPACE = /^[\s\u3000]+|[\s\u3000]+$/g;

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let relatedList = 0;
  // A 软回车 copied from Word or WPS comes as \v (manual line break) and a page break as \f: line breaks
  // like any other, the sentence they cut is joined again below (continues).
  for (const physical of text.split(/\r\n|\r|\n|\u2028|\u2029|\v|\f/)) {
    // Website chrome and page numbers are not the report (page-clutter.ts); links keep their words.
    const trimmed = tableRowText(unwrapLinks(decodeEntities(physical))).replace(SPACE, '');
    // The titles under 往期推荐 run to the next blank line (a few at most; never a part of the report).
    if (relatedList > 0) {
      relatedList = trimmed === '' || classify(trimmed).kind === 'section' ? 0 : relatedList - 1;
      if (relatedList > 0 || trimmed === '') continue;
    }
    if (trimmed === '' || isMarkupOnly(trimmed) || isPageNumber(trimmed) || isContentsLine(trimmed)) continue;
    if (isRelatedListHeader(trimmed)) {
      relatedList = MAX_RELATED_TITLES + 1;
      continue;
    }
    const bare = stripLineMarkup(trimmed).replaceAll('**', '');
    // A 公众号 account's card: its name stands on the line above its first field.
    if (isAccountCardField(bare) && out.at(-1)?.kind === 'text' && isAccountName(out.at(-1)!.plain))
      out.pop();
    if (isWebChrome(bare)) continue;
    let raw = stripLineMarkup(trimmed).replace(SPACE, '');
    let plain = raw.replaceAll('**', '').replace(SPACE, '');
    const decoration = DECORATION.exec(plain);
    if (decoration) {
      const rest = plain.slice(decoration[0].length);
      if (classify(rest).kind !== 'text' || BRACKETED.test(rest)) {
        plain = rest;
        // Bold markup may wrap the decoration with the heading ("**▌一、…**"): it stays, the symbols go.
        const bold = raw.startsWith('**') ? '**' : '';
        raw = bold + raw.slice(bold.length).replace(DECORATION, '');
      }
    }
    if (plain === '') continue;
    const bracket = BRACKETED.exec(plain);
    if (bracket) {
      // "【一、主要举措和成效】" is the heading it holds; "【主要举措和成效】" may be one (import-text decides).
      const inner = bracket[1]!.replace(SPACE, '');
      const kind = classify(inner);
      if (kind.kind !== 'text') {
        out.push({ raw: inner, plain: inner, ...kind });
        continue;
      }
      out.push({ raw, plain, kind: 'text', labelLength: 0, bracketed: { raw: inner, plain: inner } });
      continue;
    }
    out.push({
      raw,
      plain,
      ...classify(plain),
      ...(/^(?:\u3000|[ \t]{2})/u.test(physical) ? { indented: true } : {}),
    });
  }
  return listItemsAsText(halfBracketLevels(withPartLabelsJoined(out)));
}

/**
 * A part's label standing alone with its name on the next line ("第一部分" / "主要举措和成效", as a
 * centred two-line part heading is copied): one heading line, as if written on one line.
 */
function withPartLabelsJoined(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    if (
      l.kind === 'text' &&
      PART_LABEL_ALONE.test(l.plain) &&
      next?.kind === 'text' &&
      headingAlone(next.plain)
    ) {
      const plain = `${l.plain.replace(/[：:]$/u, '')} ${next.plain}`;
      out.push({ raw: `${l.raw.replace(/[：:](\**)$/u, '$1')} ${next.raw}`, plain, ...classify(plain) });
      i++;
    } else out.push(l);
  }
  return out;
}

/**
 * A numbered line right after a numbered line that reads as body text (that line's text wrapped onto
 * the lines between taken with it), with the same label and the next number, is the next item of that
 * list: body text too ("1.…纠错率8.3%；" then "2.审查规范性文件15件。"); and so is one that counts or
 * reports right before such an item with the next number (the list's first item).
 */
function listItemsAsText(lines: Line[]): Line[] {
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === 'text' || l.kind === 'section') continue;
    let j = i - 1;
    while (j > 0 && lines[j]!.kind === 'text' && !lines[j]!.numbered && continues(lines[j - 1]!, lines[j]!))
      j--;
    const prev = lines[j]!;
    if (prev.numbered && nextListItem(prev.plain, l.plain)) lines[i] = { ...l, ...NUMBERED_TEXT };
  }
  // The list's first items, short enough for headings ("1.办理行政复议案件36件。" before "2.…，…；").
  for (let i = lines.length - 2; i >= 0; i--) {
    const l = lines[i]!;
    const next = lines[i + 1]!;
    if (l.kind === 'text' || l.kind === 'section' || !next.numbered) continue;
    if (firstListItem(l.plain, next.plain)) lines[i] = { ...l, ...NUMBERED_TEXT };
  }
  return lines;
}

/** Longest heading taken after a `standalone` label. */
const MAX_STANDALONE_HEADING = 60;

/**
 * The rest of a line after its label is a heading alone: short, no sentence in it or ending it, not cut
 * off mid-sentence, and no space in it (a table row "一 行政许可 340件" has its cells apart by spaces;
 * a heading has none).
 */
function headingAlone(rest: string): boolean {
  return (
    [...rest].length <= MAX_STANDALONE_HEADING &&
    !/[。；;！？]/u.test(rest) &&
    !/[，,、：:]$/u.test(rest) &&
    !/[\s\u3000]/u.test(rest.trim())
  );
}

const NUMBERED_TEXT = { kind: 'text', labelLength: 0, numbered: true } as const;

function classify(plain: string): {
  kind: LineKind;
  labelLength: number;
  numbered?: true;
  halfBracket?: true;
} {
  for (const { kind, re, standalone, halfBracket } of LABELS) {
    const m = re.exec(plain);
    if (!m || plain.length <= m[0].length) continue;
    if (standalone && !headingAlone(plain.slice(m[0].length))) continue;
    // "（一）坚持党的领导，…研究法治政府建设工作3次，听取汇报2次", "1.全年办理案件36件，纠错率8.3%；": a
    // paragraph or list item that starts with a number, not a sub-heading (heading-patterns.ts).
    if (kind !== 'section' && readsAsSentence(plain.slice(m[0].length).split('。')[0]!)) return NUMBERED_TEXT;
    // The label's length in non-space characters, as labelEnd counts it ("第一部分 " is 4).
    return {
      kind,
      labelLength: m[0].replace(/[\s\u3000]/g, '').length,
      ...(halfBracket ? { halfBracket } : {}),
    };
  }
  return { kind: 'text', labelLength: 0 };
}

const KIND_OF = { 1: 'section', 2: 'sub2', 3: 'sub3', 4: 'sub4' } as const;

/** "1）" "2）": the level below the heading above, by the rule paste shares (../half-bracket.ts). */
function halfBracketLevels(lines: Line[]): Line[] {
  const levels = placeHalfBrackets(
    lines.map((l) =>
      l.kind === 'text' ? null : l.halfBracket ? 'item' : (LEVEL_OF[l.kind] as HeadingLevel),
    ),
  );
  return lines.map((l, i) => {
    if (l.kind === 'text' || !l.halfBracket) return l;
    const level = levels[i];
    return level ? { ...l, kind: KIND_OF[level] } : { ...l, ...NUMBERED_TEXT, halfBracket: true };
  });
}

/**
 * "一是", "二是", "首先" …, and the items of a list numbered "1）" or "①": a paragraph that opens an
 * enumeration is never the tail of another.
 */
const ENUMERATION = new RegExp(
  `^(?:${CN_NUM}是|第${CN_NUM}[，,、]|首先|其次|再次|最后|[1-9]\\d?[）)]|[①-⑳])`,
);

/** A list item "1）加强学习" or "①开展执法检查" with no punctuation in it: a heading of its own, never wrapped. */
const ITEM_HEADING = /^(?:[1-9]\d?[）)]|[①-⑳])[^\p{P}]{1,30}$/u;

/** Characters a paragraph ends with when it is complete. */
const SENTENCE_END = /[。！？!?；;：:…」』”"）)】》]$/;
/** Of those, the ones a line also ends with mid-sentence: a closing quote or bracket ("谋划“九五”" / "普法规划。"). */
const SOFT_END = /[」』”"’）)】》]$/;

function hasRunOn(line: Line): boolean {
  const stop = line.plain.indexOf('。', line.labelLength);
  return stop >= 0 && stop < line.plain.length - 1;
}

/**
 * Paragraphs PDF extraction split mid-sentence (often with a blank line between), joined back: a line
 * continues the paragraph before it when that paragraph is body text that stops without sentence-final
 * punctuation (a heading line only when text runs on after its 。), and the line is body text that does
 * not open an enumeration or start with a number (the next item of a numbered list). Table rows pasted
 * as text stay lines of their own.
 *
 * Linear in the text: a paragraph's pieces are joined once, at its end, and what the check reads of it
 * (its first line, its last character, its length) is kept aside — a paragraph of thousands of short
 * lines ("x" per line) made every check copy the whole paragraph so far.
 */
export function joinWrapped(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let head: Line | null = null;
  let raws: string[] = [];
  let plains: string[] = [];
  let length = 0;
  const flush = () => {
    if (head) out.push(plains.length === 1 ? head : { ...head, raw: raws.join(''), plain: plains.join('') });
  };
  // Where paragraphs start indented and wrapped lines do not (a PDF's text), a line that is not indented
  // continues one that ended on a closing quote or bracket.
  const byIndent = lines.some((l) => l.indented) && lines.some((l) => l.kind === 'text' && !l.indented);
  for (const l of lines) {
    if (head && continuesAfter(head, plains, length, l, byIndent)) {
      raws.push(l.raw);
      plains.push(l.plain);
      length += l.plain.length;
      continue;
    }
    flush();
    head = l;
    raws = [l.raw];
    plains = [l.plain];
    length = l.plain.length;
  }
  flush();
  return out;
}

/** True when `next` continues the line `prev` (see joinWrapped). */
export function continues(prev: Line, next: Line): boolean {
  return continuesAfter(prev, [prev.plain], prev.plain.length, next);
}

/** The last character of the pieces of a paragraph (the last piece may be empty). */
function lastChar(plains: readonly string[]): string {
  for (let i = plains.length - 1; i >= 0; i--) if (plains[i] !== '') return plains[i]!.slice(-1);
  return '';
}

/**
 * Whether `next` continues the paragraph of `plains` (its lines so far, `length` characters in all),
 * which began with `head`.
 */
function continuesAfter(
  head: Line,
  plains: readonly string[],
  length: number,
  next: Line,
  byIndent = false,
): boolean {
  if (next.kind !== 'text' || next.numbered) return false;
  // A table pasted as text: each row stays a line of its own (a long paragraph is no row).
  if (isTableRow(next.plain) || (length <= MAX_ROW_CHARS && isTableRow(plains.join('')))) return false;
  // A heading line continues only through the text running on after its 。 (seed: "（二）…。…共有 8"); the
  // lines joined to it since keep that run-on.
  if (head.kind !== 'text' && !hasRunOn(head)) return false;
  if (plains.length === 1 && ITEM_HEADING.test(head.plain)) return false;
  // "行政处罚案件：立案215件，结案203件" then "行政复议案件：收到4件": rows of figures, one a line.
  if (plains.length === 1 && isFigureRow(head.plain) && isFigureRow(next.plain)) return false;
  const last = lastChar(plains);
  if (SENTENCE_END.test(last) && !(byIndent && !next.indented && SOFT_END.test(last))) return false;
  return !ENUMERATION.test(next.plain);
}

const LEVEL_OF: Partial<Record<LineKind, number>> = { section: 1, sub2: 2, sub3: 3, sub4: 4 };

/**
 * Numbered sentences ("（一）坚持党的领导，…3次，听取汇报2次", body text) followed in their part by a
 * sub-heading with the same label and the next number ("（二）强化执法监督"): the source numbered them
 * as one list, so the heading's derived number moves up once the sentence is a paragraph.
 */
export function sentencesBeforeHeadings(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  lines.forEach((l, i) => {
    const a = l.numbered ? subLabelOf(l.plain) : null;
    if (!a) return;
    for (const next of lines.slice(i + 1)) {
      if (next.kind === 'section') return;
      const level = LEVEL_OF[next.kind];
      if (level !== undefined && level < a.level) return;
      const b = subLabelOf(next.plain);
      if (!b || b.level !== a.level) continue;
      if (next.kind !== 'text' && b.n === a.n + 1) out.push(l);
      return;
    }
  });
  return out;
}

/**
 * Numbered lines of one level standing alone, each a whole sentence ending in 。, one after another with
 * no text under any of them and none after the last ("1、开展护林员法律知识轮训，实现培训全覆盖。" then
 * "2、…。" then the next part): a list of sentences (a plan's items), not sub-headings — a heading stands
 * over text, and one ending in 。 runs on into it. They stay paragraphs with their numbers, as written.
 */
export function sentenceLists(lines: readonly Line[]): Line[] {
  const out = [...lines];
  const item = (l: Line | undefined) =>
    l !== undefined && l.kind !== 'text' && l.kind !== 'section' && l.plain.endsWith('。') && !hasRunOn(l);
  for (let i = 0; i < out.length;) {
    let j = i;
    while (item(out[j]) && out[j]!.kind === out[i]!.kind) j++;
    const after = out[j];
    if (j - i >= 2 && (after === undefined || after.kind !== 'text'))
      for (let k = i; k < j; k++) out[k] = { ...out[k]!, ...NUMBERED_TEXT };
    i = Math.max(j, i + 1);
  }
  return out;
}
