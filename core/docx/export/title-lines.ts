/**
 * Breaking a long title into lines (GB/T 9704-2012 7.3.1): "回行时，要做到词意完整，排列对称，长短适宜，
 * 间距恰当，标题排列应当使用梯形或菱形". Breaks fall only at sensible points — after the organ's name,
 * before a year, after an organ suffix or a pause mark, before 关于 — never inside a word; among the
 * layouts that fit, a trapezoid (upper line shorter) or a diamond (middle line longest) wins.
 */

export interface TitleBreakHints {
  afterSuffixes: readonly string[];
  beforePrefixes: readonly string[];
  /** Words never broken (longer suffixes and prefixes count too), e.g. 办公室 so 办 does not split it. */
  words: readonly string[];
}

/** Positions strictly inside a protected word: no break there. */
function insideWords(title: string, hints: TitleBreakHints, keepWhole: string | null): Set<number> {
  const inside = new Set<number>();
  const words = [...hints.words, ...hints.afterSuffixes, ...hints.beforePrefixes].filter(
    (w) => w.length >= 2,
  );
  for (const w of words)
    for (let i = title.indexOf(w); i >= 0; i = title.indexOf(w, i + 1))
      for (let k = i + 1; k < i + w.length; k++) inside.add(k);
  // the organ's name, when it fits on a line, is not broken either
  if (keepWhole) for (let k = 1; k < keepWhole.length; k++) inside.add(k);
  // a year and its 年 (2024年度) stay together
  for (const m of title.matchAll(/\d+年度?/g))
    for (let k = m.index + 1; k < m.index + m[0].length; k++) inside.add(k);
  return inside;
}

// eslint-disable-next-line no-control-regex -- every code unit below U+0100 is half-width, controls included
const HALF_WIDTH = /[\u0000-\u00ff]+/g;
const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;

/**
 * Width in em: half-width characters count one half (digits in 2024 are half-width in CJK fonts); a
 * surrogate pair is one character (as for…of counts it), a lone surrogate counts alone. Counted with
 * regular expressions (native code) rather than a loop over the characters: the export measures all of
 * 正文 with it, and in a fresh process (`gwdraft export`) a JavaScript loop runs cold, ~3× slower.
 */
export function emWidth(s: string): number {
  const half = s.length - s.replace(HALF_WIDTH, '').length;
  const pairs = s.match(SURROGATE_PAIR)?.length ?? 0;
  return s.length - pairs - half / 2;
}

interface Candidate {
  at: number;
  cost: number;
}

function candidates(
  title: string,
  org: string | null,
  hints: TitleBreakHints,
  capacity: number,
): Candidate[] {
  const byPos = new Map<number, number>();
  const inside = insideWords(
    title,
    hints,
    org && title.startsWith(org) && emWidth(org) <= capacity ? org : null,
  );
  const add = (at: number, cost: number) => {
    if (at <= 0 || at >= title.length || inside.has(at)) return;
    // never between two digits or two Latin letters
    if (/[0-9A-Za-z]/.test(title[at - 1]!) && /[0-9A-Za-z]/.test(title[at]!)) return;
    // never before closing punctuation
    if (/[、，。：；！？）》”]/.test(title[at]!)) return;
    const prev = byPos.get(at);
    if (prev === undefined || cost < prev) byPos.set(at, cost);
  };
  if (org && org.length > 0 && title.startsWith(org)) add(org.length, 0);
  for (const m of title.matchAll(/\d{4}年/g)) add(m.index, 1);
  for (const s of hints.afterSuffixes) {
    for (let i = title.indexOf(s); i >= 0; i = title.indexOf(s, i + 1)) add(i + s.length, 2);
  }
  for (const s of hints.beforePrefixes) {
    for (let i = title.indexOf(s); i >= 0; i = title.indexOf(s, i + 1)) add(i, 3);
  }
  return [...byPos].map(([at, cost]) => ({ at, cost })).sort((a, b) => a.at - b.at);
}

function shapeCost(widths: number[]): number {
  if (widths.length === 2) {
    const [a, b] = widths as [number, number];
    // a trapezoid: the upper line no longer than the lower; an inverted one is a last resort
    return a <= b ? (b - a) * 0.05 : 4 + (a - b) * 0.2;
  }
  const [a, b, c] = widths as [number, number, number];
  // a diamond (middle longest) or a trapezoid (growing)
  const diamond = b >= a && b >= c;
  const growing = a <= b && b <= c;
  return diamond || growing ? 1 : 6;
}

/**
 * The title as one to `maxLines` lines of at most `capacity` em each. `hardBreaks` is set when no sensible
 * break fits and the title had to be cut at the capacity.
 */
export function breakTitle(
  title: string,
  capacity: number,
  hints: TitleBreakHints,
  org: string | null,
  maxLines = 3,
): { lines: string[]; hardBreaks: boolean } {
  if (emWidth(title) <= capacity) return { lines: [title], hardBreaks: false };
  const cands = candidates(title, org, hints, capacity);
  let best: { lines: string[]; cost: number } | null = null;
  const consider = (cuts: Candidate[]) => {
    const points = [0, ...cuts.map((c) => c.at), title.length];
    const lines: string[] = [];
    for (let i = 0; i + 1 < points.length; i++) lines.push(title.slice(points[i], points[i + 1]));
    const widths = lines.map(emWidth);
    if (widths.some((w) => w > capacity)) return;
    const cost = cuts.reduce((n, c) => n + c.cost, 0) + shapeCost(widths) + (lines.length - 2) * 3;
    if (!best || cost < best.cost) best = { lines, cost };
  };
  for (const c of cands) consider([c]);
  if (maxLines >= 3) {
    for (let i = 0; i < cands.length; i++)
      for (let j = i + 1; j < cands.length; j++) consider([cands[i]!, cands[j]!]);
  }
  if (best) return { lines: (best as { lines: string[] }).lines, hardBreaks: false };
  // No sensible break fits: cut at the capacity, keeping digit runs whole.
  const lines: string[] = [];
  let line = '';
  for (const ch of title) {
    if (emWidth(line + ch) > capacity) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return { lines, hardBreaks: true };
}
