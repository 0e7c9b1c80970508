import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCjk, isFullPunct } from '../check/text';
import { lintPairs, lintPunctuation, type TextFinding } from './punctuation';

// The first implementations, loops over every character: the references the jumping scans must equal.
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

function lintPunctuationByLoop(text: string): TextFinding[] {
  const out: TextFinding[] = [];
  // , ; : ? ! next to Chinese. A trailing space typed after the mark goes with it.
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const full = FULL[ch];
    if (!full) continue;
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
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') parens.push(i);
    else if (text[i] === ')') {
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
  for (let i = 0; i < text.length; i++) if (text[i] === '"') quotes.push(i);
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

/** Unpaired or badly nested “” 《》 （） ‘’ 【】 〔〕 within one paragraph. No fix: only the writer knows where the other half goes. */
function lintPairsByLoop(text: string): TextFinding[] {
  const out: TextFinding[] = [];
  const stack: { ch: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN[ch]) stack.push({ ch, at: i });
    else if (CLOSE[ch]) {
      const want = CLOSE[ch]!;
      // A list item's number closed by a bracket only ("1）", "；2）", "a）").
      const before = text.slice(0, i);
      if (
        ch === '）' &&
        !stack.some((s) => s.ch === want) &&
        /(?:^|[\s\u3000，。；：、！？])(?:[1-9]\d?|[a-zA-Z])$/u.test(before)
      )
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

describe('lintPunctuation and lintPairs', () => {
  it('equal the character loops on any text', () => {
    const text = fc
      .array(fc.constantFrom(...[...',;:?!()"“”《》（）‘’【】〔〕法治12 ，。…-－.'], '...', '--', '2024'), {
        maxLength: 50,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(lintPunctuation(t)).toEqual(lintPunctuationByLoop(t));
        expect(lintPairs(t)).toEqual(lintPairsByLoop(t));
      }),
      { numRuns: 5000 },
    );
  });
});
