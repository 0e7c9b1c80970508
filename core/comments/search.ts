/**
 * Finding a quote (TextQuoteSelector) in a text: exact occurrences ranked by their context and a
 * position hint; then the quote rebuilt between its prefix and suffix; then a bounded approximate
 * search (Sellers' edit-distance algorithm), allowing up to a quarter of the quote to differ.
 */

export interface QuoteQuery {
  exact: string;
  prefix: string;
  suffix: string;
  /** Flat offset where the quote was last seen, if known. */
  hint: number | null;
}

export interface QuoteMatch {
  start: number;
  end: number;
  method: 'exact' | 'context' | 'fuzzy';
  /** Edit distance of the match (0 for exact). */
  distance: number;
}

const MAX_OCCURRENCES = 2000;
/** Longest pattern fed to the approximate search; longer quotes are matched by their head and tail. */
const FUZZY_WINDOW = 64;

/** Characters of `a`'s end shared with `b`'s end. */
export function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Characters of `a`'s start shared with `b`'s start. */
export function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function contextScore(text: string, start: number, end: number, q: QuoteQuery): number {
  const before = text.slice(Math.max(0, start - q.prefix.length), start);
  const after = text.slice(end, end + q.suffix.length);
  return commonSuffix(before, q.prefix) + commonPrefix(after, q.suffix);
}

/** Pick the best candidate: most context shared, then nearest the hint, then first. */
function best(text: string, cands: { start: number; end: number; distance: number }[], q: QuoteQuery) {
  let top: (typeof cands)[number] | undefined;
  let topKey: [number, number, number] = [Infinity, -Infinity, Infinity];
  for (const c of cands) {
    const key: [number, number, number] = [
      c.distance,
      contextScore(text, c.start, c.end, q),
      q.hint === null ? 0 : Math.abs(c.start - q.hint),
    ];
    const better =
      key[0] < topKey[0] ||
      (key[0] === topKey[0] && (key[1] > topKey[1] || (key[1] === topKey[1] && key[2] < topKey[2])));
    if (better) {
      top = c;
      topKey = key;
    }
  }
  return top;
}

export function findExact(text: string, q: QuoteQuery): QuoteMatch | undefined {
  if (q.exact === '') return undefined;
  const cands: { start: number; end: number; distance: number }[] = [];
  for (
    let i = text.indexOf(q.exact);
    i >= 0 && cands.length < MAX_OCCURRENCES;
    i = text.indexOf(q.exact, i + 1)
  )
    cands.push({ start: i, end: i + q.exact.length, distance: 0 });
  const b = best(text, cands, q);
  return b && { ...b, method: 'exact' };
}

/** The quote was edited in place: find its prefix and suffix next to each other and take what lies between. */
export function findByContext(text: string, q: QuoteQuery): QuoteMatch | undefined {
  const pre = q.prefix.slice(-16);
  const suf = q.suffix.slice(0, 16);
  if (pre.length < 4 || suf.length < 4) return undefined;
  const maxGap = Math.max(8, q.exact.length * 2);
  const cands: { start: number; end: number; distance: number }[] = [];
  for (let i = text.indexOf(pre); i >= 0 && cands.length < MAX_OCCURRENCES; i = text.indexOf(pre, i + 1)) {
    const start = i + pre.length;
    const j = text.indexOf(suf, start);
    if (j < 0) break;
    if (j - start <= maxGap && j > start) cands.push({ start, end: j, distance: 0 });
  }
  const b = best(text, cands, q);
  return b && { ...b, method: 'context' };
}

/**
 * Sellers: the substrings of `text` within `maxErrors` edits of `pattern`, as (start, end, distance),
 * keeping per end position the alignment with the fewest edits. O(text × pattern).
 */
export function approximateMatches(
  text: string,
  pattern: string,
  maxErrors: number,
): { start: number; end: number; distance: number }[] {
  const m = pattern.length;
  if (m === 0) return [];
  let prevD = new Int32Array(m + 1);
  let prevS = new Int32Array(m + 1);
  let curD = new Int32Array(m + 1);
  let curS = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    prevD[i] = i;
    prevS[i] = 0;
  }
  const out: { start: number; end: number; distance: number }[] = [];
  for (let j = 1; j <= text.length; j++) {
    const ch = text.charCodeAt(j - 1);
    curD[0] = 0;
    curS[0] = j;
    for (let i = 1; i <= m; i++) {
      const sub = prevD[i - 1]! + (pattern.charCodeAt(i - 1) === ch ? 0 : 1);
      const del = curD[i - 1]! + 1;
      const ins = prevD[i]! + 1;
      if (sub <= del && sub <= ins) {
        curD[i] = sub;
        curS[i] = prevS[i - 1]!;
      } else if (ins <= del) {
        curD[i] = ins;
        curS[i] = prevS[i]!;
      } else {
        curD[i] = del;
        curS[i] = curS[i - 1]!;
      }
    }
    if (curD[m]! <= maxErrors) out.push({ start: curS[m]!, end: j, distance: curD[m]! });
    [prevD, curD] = [curD, prevD];
    [prevS, curS] = [curS, prevS];
  }
  // Keep one match per local minimum: of overlapping candidates, the one with the fewest edits.
  const kept: { start: number; end: number; distance: number }[] = [];
  for (const c of out) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) {
      if (c.distance < last.distance) kept[kept.length - 1] = c;
    } else kept.push(c);
  }
  return kept;
}

export function findFuzzy(text: string, q: QuoteQuery): QuoteMatch | undefined {
  const exact = q.exact;
  if (exact.trim().length < 2) return undefined;
  if (exact.length <= FUZZY_WINDOW) {
    const b = best(text, approximateMatches(text, exact, Math.floor(exact.length / 4)), q);
    return b && { ...b, method: 'fuzzy' };
  }
  // Long quote: place its head, then look for its tail about where the quote should end.
  const head = exact.slice(0, FUZZY_WINDOW);
  const tail = exact.slice(-FUZZY_WINDOW);
  const h = best(text, approximateMatches(text, head, Math.floor(head.length / 4)), q);
  if (!h) return undefined;
  const from = h.start + Math.floor(exact.length / 2);
  const window = text.slice(from, h.start + Math.ceil(exact.length * 1.5) + FUZZY_WINDOW);
  const tails = approximateMatches(window, tail, Math.floor(tail.length / 4));
  const t = tails.sort((a, b) => a.distance - b.distance)[0];
  const end = t ? from + t.end : Math.min(text.length, h.start + exact.length);
  return { start: h.start, end, method: 'fuzzy', distance: h.distance + (t?.distance ?? 0) };
}

/** Exact, then context, then fuzzy. */
export function findQuote(text: string, q: QuoteQuery): QuoteMatch | undefined {
  return findExact(text, q) ?? findByContext(text, q) ?? findFuzzy(text, q);
}
