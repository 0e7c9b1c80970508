/**
 * A fragment pasted into one section, copied from a 微信公众号 article, a government website or a PDF:
 * the clutter the text import leaves out (./text/page-clutter.ts: 点击蓝字关注, the 原创 byline, emoji
 * rules, 编辑/审核 credits, 往期推荐 and the titles under it, 阅读原文/在看, share bars, breadcrumbs,
 * 来源/发布时间 lines, page numbers "- 3 -", the running header repeating the report's title) is left
 * out here too, and the markers before headings ("▌（一）", "★1.", "【（二）…】") are taken off. The title,
 * 署名 and date of a whole report are not looked for: a paste is a fragment.
 *
 * Conservative, as text must never be lost: lines are judged whole (a line with a sentence in it never
 * is clutter); a paste of one line is left as it is; a paste that would be all clutter is left whole (the
 * user meant to paste exactly that); a bare number ("3", "3/8") is not taken for a page number; a table
 * row is clutter only when every cell of it is.
 */
import { recogniseHeading, recogniseRunOnHeading, stripMarkup } from './heading-patterns';
import { stripLineMarkup } from './text/inline';
import {
  BRACKETED,
  decodeEntities,
  DECORATION,
  isMarkedPageNumber,
  isRelatedListHeader,
  isWebChrome,
  MAX_RELATED_TITLES,
  unwrapLinks,
} from './text/page-clutter';
import { parseTitle, TITLE_END } from './text/closing';
import { tableCells } from '../model/table-row';

export interface PastedLine {
  text: string;
  /** A heading written in 【】 without a number ("【主要举措和成效】"): a sub-heading of the section. */
  bracketHeading?: true;
}

export interface PasteCleanup {
  /** The lines kept, in order, markers taken off (blank lines stay, as they were). */
  lines: PastedLine[];
  /** The lines left out, as they were. */
  dropped: string[];
  /** Headings whose markers (▌ ★ 🔹 or 【】 around a numbered heading) were taken off. */
  unmarked: number;
}

/** A sentence in the line: it is text of the report, whatever words it has. */
const SENTENCE = /[。；;]/u;

/** Longest title taken under 往期推荐. */
const MAX_RELATED_TITLE = 80;

function judged(line: string): string {
  return stripLineMarkup(unwrapLinks(decodeEntities(line)))
    .replaceAll('**', '')
    .trim();
}

/** A line of website or 公众号 chrome, or a page number. */
function isClutter(line: string): boolean {
  // Before markup is taken off: "- 3 -" is no list item.
  if (isMarkedPageNumber(decodeEntities(line))) return true;
  const t = judged(line);
  if (t === '') return false;
  // A table row: clutter only when every cell is (来源：… 发布时间：… 浏览次数：…, apart as cells).
  const cells = tableCells(t);
  return cells.length > 1 ? cells.every((c) => isWebChrome(c)) : isWebChrome(t);
}

/** A line that is a heading by its number (any level), standing alone or running on. */
function isNumberedHeading(line: string): boolean {
  return recogniseHeading(line) !== null || recogniseRunOnHeading(line) !== null;
}

/**
 * The report's title repeated at the top of each page of a PDF (页眉): a title-like line ("…2025年…报告",
 * no sentence in it) that the paste holds more than once.
 */
function runningHeaders(lines: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const line of lines) {
    const t = judged(line).replace(/[\s\u3000]/gu, '');
    if (t === '' || t.length > 80 || SENTENCE.test(t) || !TITLE_END.test(t) || !parseTitle(t)) continue;
    seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([t]) => t));
}

/** "▌（一）加强组织领导" → "（一）加强组织领导"; "【1.规范执法】" → "1.规范执法"; null when nothing is taken off. */
function unmarkHeading(line: string): string | null {
  const plain = stripMarkup(line);
  let rest = plain;
  const decoration = DECORATION.exec(plain);
  if (decoration) {
    const after = plain.slice(decoration[0].length);
    if (isNumberedHeading(after) || BRACKETED.test(after)) rest = after;
  }
  const bracket = BRACKETED.exec(rest);
  if (bracket) {
    const inner = bracket[1]!.trim();
    if (isNumberedHeading(inner)) rest = inner;
  }
  return rest === plain ? null : rest;
}

/**
 * `lines`: the pasted text's lines, trimmed, blank ones included (a blank line ends the 往期推荐 list).
 */
export function cleanPastedLines(lines: readonly string[]): PasteCleanup {
  const out: PastedLine[] = [];
  const dropped: string[] = [];
  let unmarked = 0;
  const nonBlank = lines.filter((l) => l !== '').length;
  const headers = nonBlank >= 2 ? runningHeaders(lines) : new Set<string>();
  let relatedList = 0;
  for (const line of lines) {
    if (line === '') {
      relatedList = 0;
      out.push({ text: line });
      continue;
    }
    if (nonBlank >= 2) {
      // The titles under 往期推荐: a few lines with no sentence in them, up to a blank line or a heading.
      if (relatedList > 0) {
        const t = judged(line);
        if (!SENTENCE.test(t) && [...t].length <= MAX_RELATED_TITLE && !isNumberedHeading(t)) {
          relatedList -= 1;
          dropped.push(line);
          continue;
        }
        relatedList = 0;
      }
      if (isRelatedListHeader(judged(line))) {
        relatedList = MAX_RELATED_TITLES;
        dropped.push(line);
        continue;
      }
      if (isClutter(line) || headers.has(judged(line).replace(/[\s\u3000]/gu, ''))) {
        dropped.push(line);
        continue;
      }
    }
    const bare = unmarkHeading(line);
    if (bare !== null) unmarked += 1;
    out.push({ text: bare ?? line });
  }
  // Nothing but clutter: what the user meant to paste, kept whole.
  if (dropped.length > 0 && out.every((l) => l.text === '')) {
    return keepAll(lines);
  }
  // Parts headed in 【】 without numbers, as web articles set them: the section's sub-headings, when the
  // paste has two or more of them and no （一） of its own (as the text import takes them for parts).
  const bracketed = out.filter((l) => BRACKETED.test(stripMarkup(l.text)));
  if (bracketed.length >= 2 && !out.some((l) => recogniseHeading(l.text)?.level === 2)) {
    for (const l of bracketed) {
      l.text = BRACKETED.exec(stripMarkup(l.text))![1]!.trim();
      l.bracketHeading = true;
    }
  }
  return { lines: out, dropped, unmarked };
}

/** Every line kept, only the markers before headings taken off. */
function keepAll(lines: readonly string[]): PasteCleanup {
  let unmarked = 0;
  const out = lines.map((text) => {
    const bare = text === '' ? null : unmarkHeading(text);
    if (bare !== null) unmarked += 1;
    return { text: bare ?? text };
  });
  return { lines: out, dropped: [], unmarked };
}

/** What the user is told about the lines left out and the markers taken off (nothing when none were). */
export function pasteCleanupNotes(c: {
  droppedClutter: readonly string[];
  unmarkedHeadings: number;
  bracketHeadings?: number;
}): string[] {
  const notes: string[] = [];
  if (c.droppedClutter.length > 0) {
    const first = judged(c.droppedClutter[0]!).replace(/[\s\u3000]+/gu, ' ');
    const example = [...first].length > 16 ? [...first].slice(0, 16).join('') + '…' : first;
    notes.push(`已删除网页和公众号的附加内容 ${c.droppedClutter.length} 行（如“${example}”）`);
  }
  if (c.unmarkedHeadings > 0) notes.push(`已去掉 ${c.unmarkedHeadings} 个标题前后的“▌”“★”“【】”等符号`);
  const bracketed = c.bracketHeadings ?? 0;
  if (bracketed > 0) notes.push(`“【】”中的 ${bracketed} 个标题已作为小标题粘贴，请核对`);
  return notes;
}
