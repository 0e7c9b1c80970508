/**
 * A Word file made from a PDF (转换为 Word) or filled by pasting a PDF's text: every printed line is a
 * paragraph of its own, sentences cut where the page wrapped them, and the title repeated at the top of
 * each page (页眉). The text import joins such lines (core/import/text/lines.ts joinWrapped); here the
 * same is done on Word's lines, only in a file that shows the pattern, so a Word report's own paragraphs
 * are never run together.
 */
import { ORGAN_NAME_ENDING } from '../../model/signature-organs';
import { isTableRow } from '../../model/table-row';
import { isLabelLine, parseDateLine, TITLE_END } from '../../import/text/closing';
import { headingOf } from './headings';
import { WS, type Line } from './lines';

/** Characters a paragraph ends with when it is complete (a closing quote or bracket too). */
const COMPLETE = /[。！？!?；;：:…」』”"）)】》]$/u;

/** A paragraph that opens an enumeration ("一是", "首先", "1）", "①") is never the tail of another. */
const OPENS =
  /^(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、]|首先|其次|再次|最后|[1-9]\d?[）)]|[①-⑳])/u;

/** A line cut by the page's width is long; a short one without a stop is a label, a 署名, a heading. */
const MIN_CUT_LINE = 15;

/**
 * The cuts a file shows before its lines are joined — this many, and this share of its body lines at
 * least: a paragraph or two may just lack their stop, a PDF's lines are cut all through.
 */
const MIN_CUTS = 3;
const MIN_CUT_SHARE = 0.2;

const squash = (s: string) => s.replace(/[\s\u3000]+/gu, '');

function body(l: Line): boolean {
  const t = squash(l.text);
  return (
    // The 附件说明 (附件：1.…) and a 署名 are lines of their own.
    !/^附件/u.test(t) &&
    !(isLabelLine(t) && !/[、]/u.test(t) && ORGAN_NAME_ENDING.test(t)) &&
    l.styleLevel === null &&
    l.listLevel === null &&
    !l.titleLike &&
    !isTableRow(l.text) &&
    parseDateLine(l.text) === null &&
    headingOf(l) === null
  );
}

/**
 * A body line (or a sub-heading with its text run on after it, "（一）加强学习。局党组……全年学") that stops
 * mid-sentence, long enough to have been cut by the page's width; never the title.
 */
function cut(l: Line): boolean {
  const t = l.text.replace(WS, '');
  const h = body(l) ? null : headingOf(l);
  const runOn =
    h !== null && h.level > 1 && h.rest.length > 0 && l.styleLevel === null && l.listLevel === null;
  return (
    (runOn || body(l)) &&
    [...squash(t)].length >= MIN_CUT_LINE &&
    !COMPLETE.test(t) &&
    !TITLE_END.test(squash(t))
  );
}

/**
 * The title again further down (a 页眉 on each page), as the first line or the first two lines give it
 * when they end in 报告: the indexes of those lines.
 */
export function runningTitles(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  const one = squash(lines[0]?.text ?? '');
  const two = one + squash(lines[1]?.text ?? '');
  const titles = [one, two].filter((t) => TITLE_END.test(t));
  if (titles.length === 0) return out;
  lines.forEach((l, i) => {
    if (i >= 2 && titles.includes(squash(l.text))) out.add(i);
  });
  return out;
}

/**
 * Lines of a file made from a PDF joined back into paragraphs: a body line cut mid-sentence takes the body
 * line after it, unless that one opens an enumeration. Nothing is joined in a file with fewer than
 * MIN_CUTS such cuts (a Word report's paragraphs end with their stops).
 */
export function joinCutLines(lines: readonly Line[]): Line[] {
  const cuts = lines.filter((l, i) => cut(l) && lines[i + 1] !== undefined && body(lines[i + 1]!)).length;
  if (cuts < MIN_CUTS || cuts < MIN_CUT_SHARE * lines.filter(body).length) return [...lines];
  const out: Line[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev && cut(prev) && body(l) && !OPENS.test(l.text.replace(WS, ''))) {
      const runs = [...prev.runs, ...l.runs];
      out[out.length - 1] = { ...prev, runs, text: runs.map((r) => r.text).join('') };
    } else out.push(l);
  }
  return out;
}
