/**
 * GB/T 15834-2011 punctuation in Chinese text: half-width marks next to Chinese (, ; : ? ! ( ) "),
 * "..." for "……", "--" for "——". Works on one block's plain text; the caller adds the location.
 */
import { isCjk, isFullPunct } from '../check/text';
import { isTableRow } from '../model/table-row';
import type { LintRule } from './types';

export interface TextFinding {
  rule: LintRule;
  message: string;
  offset: number;
  length: number;
  /** Edits within the same text. */
  edits?: { offset: number; length: number; replacement: string }[];
}

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

function chineseSide(ch: string | undefined): boolean {
  return isCjk(ch) || isFullPunct(ch);
}

/** The nearest character before `i` skipping spaces, and after `j` (exclusive) skipping spaces. */
function around(
  text: string,
  i: number,
  j: number,
): { before: string | undefined; after: string | undefined; end: number } {
  let a = i - 1;
  while (a >= 0 && text[a] === ' ') a--;
  let b = j;
  while (b < text.length && text[b] === ' ') b++;
  return { before: a >= 0 ? text[a] : undefined, after: text[b], end: b };
}

// The loops below jump from one mark they look at to the next with a regex (or indexOf) instead of
// visiting every character: the same positions in the same order, but a one-shot `gwdraft check` runs
// them cold, where V8's interpreter made a per-character loop cost more than the regex engine's scan.
const HALF_MARK = /[,;:?!]/g;
const PAREN = /[()]/g;
const PAIRED_MARK = /[“”《》（）‘’【】〔〕]/g;

export function lintPunctuation(text: string): TextFinding[] {
  const out: TextFinding[] = [];
  // , ; : ? ! next to Chinese. A trailing space typed after the mark goes with it.
  HALF_MARK.lastIndex = 0;
  for (let m = HALF_MARK.exec(text); m; m = HALF_MARK.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const full = FULL[ch]!;
    const { before, after, end } = around(text, i, i + 1);
    if (/\d/.test(before ?? '') && /\d/.test(after ?? '') && !(isCjk(text[i - 1]) || isCjk(text[i + 1])))
      continue;
    if (!(chineseSide(text[i - 1]) || chineseSide(before) || isCjk(after))) continue;
    const trailing = after !== undefined && end > i + 1 && chineseSide(after) ? end - i - 1 : 0;
    out.push({
      rule: 'half-width-punct',
      message: `中文里用了半角“${ch}”，应为全角“${full}”`,
      offset: i,
      length: 1,
      edits: [{ offset: i, length: 1 + trailing, replacement: full }],
    });
  }
  // ( ) and " in pairs: fix both halves together so a pair never ends up half converted.
  const parens: number[] = [];
  const pairs: [number, number][] = [];
  const lone: number[] = [];
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(text); m; m = PAREN.exec(text)) {
    const i = m.index;
    if (m[0] === '(') parens.push(i);
    else {
      const o = parens.pop();
      if (o === undefined) lone.push(i);
      else pairs.push([o, i]);
    }
  }
  lone.push(...parens);
  for (const [o, c] of pairs) {
    const inner = text.slice(o + 1, c);
    const chinese = [...inner].some(isCjk) || chineseSide(text[o - 1]) || chineseSide(text[c + 1]);
    if (!chinese) continue;
    out.push({
      rule: 'half-width-punct',
      message: '中文里用了半角括号“()”，应为全角“（）”',
      offset: o,
      length: c - o + 1,
      edits: [
        { offset: o, length: 1, replacement: '（' },
        { offset: c, length: 1, replacement: '）' },
      ],
    });
  }
  for (const i of lone) {
    if (!(chineseSide(text[i - 1]) || chineseSide(text[i + 1]))) continue;
    const full = text[i] === '(' ? '（' : '）';
    out.push({
      rule: 'half-width-punct',
      message: `中文里用了半角“${text[i]}”，应为全角“${full}”`,
      offset: i,
      length: 1,
      edits: [{ offset: i, length: 1, replacement: full }],
    });
  }
  const quotes: number[] = [];
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) quotes.push(i);
  for (let q = 0; q + 1 < quotes.length; q += 2) {
    const o = quotes[q]!;
    const c = quotes[q + 1]!;
    if (![...text.slice(o + 1, c)].some(isCjk)) continue;
    out.push({
      rule: 'half-width-punct',
      message: '中文里用了半角引号“"”，应为全角“”',
      offset: o,
      length: c - o + 1,
      edits: [
        { offset: o, length: 1, replacement: '“' },
        { offset: c, length: 1, replacement: '”' },
      ],
    });
  }
  // "..." / "。。。" / a lone "…" → "……"; "--" → "——" (not between digits: that is a range typo).
  for (const m of text.matchAll(/\.{3,}|。{3,}|…+/gu)) {
    if (m[0] === '……') continue;
    if (
      m[0].startsWith('.') &&
      /\d/.test(text[m.index - 1] ?? '') &&
      /\d/.test(text[m.index + m[0].length] ?? '')
    )
      continue;
    out.push({
      rule: 'ellipsis',
      message: `省略号应为“……”（两个“…”），不是“${m[0]}”`,
      offset: m.index,
      length: m[0].length,
      edits: [{ offset: m.index, length: m[0].length, replacement: '……' }],
    });
  }
  for (const m of text.matchAll(/-{2,}|－{2,}/gu)) {
    if (/\d/.test(text[m.index - 1] ?? '') || /\d/.test(text[m.index + m[0].length] ?? '')) continue;
    out.push({
      rule: 'dash',
      message: `破折号应为“——”，不是“${m[0]}”`,
      offset: m.index,
      length: m[0].length,
      edits: [{ offset: m.index, length: m[0].length, replacement: '——' }],
    });
  }
  return out;
}

const OPEN: Record<string, string> = { '“': '”', '《': '》', '（': '）', '‘': '’', '【': '】', '〔': '〕' };
const CLOSE: Record<string, string> = Object.fromEntries(Object.entries(OPEN).map(([o, c]) => [c, o]));

/** What a list item's "）" closes: a number or a letter at the start of the text or after a clause's mark. */
const LIST_MARKER_BEFORE = /(?:^|[\s\u3000，。；：、！？])(?:[1-9]\d?|[a-zA-Z])$/u;

/** Unpaired or badly nested “” 《》 （） ‘’ 【】 〔〕 within one paragraph. No fix: only the writer knows where the other half goes. */
export function lintPairs(text: string): TextFinding[] {
  const out: TextFinding[] = [];
  const stack: { ch: string; at: number }[] = [];
  PAIRED_MARK.lastIndex = 0;
  for (let m = PAIRED_MARK.exec(text); m; m = PAIRED_MARK.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (OPEN[ch]) stack.push({ ch, at: i });
    else if (CLOSE[ch]) {
      const want = CLOSE[ch]!;
      // "1）开展会前学法", "；2）组织旁听庭审", "a）": a list item's number, closed by a bracket only.
      if (ch === '）' && !stack.some((s) => s.ch === want) && LIST_MARKER_BEFORE.test(text.slice(0, i)))
        continue;
      const top = stack[stack.length - 1];
      if (top && top.ch === want) {
        stack.pop();
        continue;
      }
      const deeper = stack.map((s) => s.ch).lastIndexOf(want);
      if (deeper >= 0) {
        const inner = stack[stack.length - 1]!;
        out.push({
          rule: 'bad-nesting',
          message: `“${inner.ch}”与“${ch}”交叉嵌套，“${inner.ch}”应在“${ch}”之前闭合`,
          offset: inner.at,
          length: i - inner.at + 1,
        });
        stack.splice(deeper, 1);
      } else {
        out.push({ rule: 'unpaired-mark', message: `“${ch}”没有对应的“${want}”`, offset: i, length: 1 });
      }
    }
  }
  for (const s of stack)
    out.push({
      rule: 'unpaired-mark',
      message: `“${s.ch}”没有对应的“${OPEN[s.ch]}”`,
      offset: s.at,
      length: 1,
    });
  return out;
}

/** A few characters either side of a space run, for the message ("2024 年"). */
function context(text: string, start: number, end: number): string {
  const before = /(\d+|[^\s\d，。；：！？、（）“”《》]{0,2})$/u.exec(
    text.slice(Math.max(0, start - 8), start),
  )![0];
  const after = /^(\d+|[^\s\d，。；：！？、（）“”《》]{0,2})/u.exec(text.slice(end, end + 8))![0];
  return `${before}${text.slice(start, end)}${after}`;
}

const SPACE_RUN = /[ \t\u00a0\u3000]+/gu;

/**
 * Spaces inside Chinese text ("2024 年", "共有 8 名", "我局 ，") and at the start or end of a paragraph; not the
 * gaps between a table row's cells.
 */
export function lintSpaces(text: string): TextFinding[] {
  const out: TextFinding[] = [];
  // A table row kept as text ("项目", two full-width spaces, "2024年" …): the runs between its cells are the table's.
  const row = isTableRow(text.trim());
  for (const m of text.matchAll(SPACE_RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (row && /^(?:\t|[ \u3000]{2,})/u.test(m[0]) && start > 0 && end < text.length) continue;
    const prev = text[start - 1];
    const next = text[end];
    const edge = start === 0 || end === text.length;
    const chineseSpace =
      (chineseSide(prev) && (chineseSide(next) || /\d/.test(next ?? ''))) ||
      (/\d/.test(prev ?? '') && chineseSide(next));
    if (!edge && !chineseSpace) continue;
    if (edge && text.trim() === '') continue;
    out.push({
      rule: 'stray-space',
      message: edge
        ? '段首或段尾有多余的空格（缩进由格式自动完成）'
        : `“${context(text, start, end)}”中间有多余的空格`,
      offset: start,
      length: m[0].length,
      edits: [{ offset: start, length: m[0].length, replacement: '' }],
    });
  }
  return out;
}
