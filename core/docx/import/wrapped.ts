/**
 * A Word file made from a PDF (转换为 Word) or filled by pasting a PDF's text: every printed line is a
 * paragraph of its own, sentences cut where the page wrapped them, and the title repeated at the top of
 * each page (页眉). The text import joins such lines (core/import/text/lines.ts joinWrapped); here the
 * same is done on Word's lines, only in a file that shows the pattern, so a Word report's own paragraphs
 * are never run together.
 */
import { ORGAN_NAME_ENDING } from '../../model/signature-organs';
import { isFigureRow, isTableRow } from '../../model/table-row';
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

/** What a line is to the joining: body text, or a sub-heading with text run on after it. */
interface Kind {
  body: boolean;
  runOn: boolean;
}

function kindOf(l: Line): Kind {
  const t = squash(l.text);
  const plainPara = l.styleLevel === null && l.listLevel === null && !l.titleLike;
  const h = plainPara ? headingOf(l) : null;
  return {
    body:
      plainPara &&
      h === null &&
      // The 附件说明 (附件：1.…) and a 署名 are lines of their own.
      !/^附件/u.test(t) &&
      !(isLabelLine(t) && !/[、]/u.test(t) && ORGAN_NAME_ENDING.test(t)) &&
      !isTableRow(l.text) &&
      parseDateLine(l.text) === null,
    runOn: plainPara && h !== null && h.level > 1 && h.rest.length > 0,
  };
}

/**
 * A line (body text, or a sub-heading with its text run on after it, "（一）加强学习。局党组……全年学") that
 * stops mid-sentence, long enough to have been cut by the page's width; never the title.
 */
function stopsShort(text: string): boolean {
  const t = squash(text);
  return [...t].length >= MIN_CUT_LINE && !COMPLETE.test(t) && !TITLE_END.test(t);
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
  // Cheap first: most Word files have no line long and unfinished enough; they are left as they are.
  if (lines.filter((l) => stopsShort(l.text)).length < MIN_CUTS) return [...lines];
  const kinds = lines.map(kindOf);
  // Rows of figures one under the other (two or more) are rows, each complete, not sentences cut by the page.
  const figure = lines.map((l) => isFigureRow(squash(l.text)));
  const rows = (i: number) => figure[i] === true && (figure[i - 1] === true || figure[i + 1] === true);
  const cutAt = (i: number) => (kinds[i]!.body || kinds[i]!.runOn) && stopsShort(lines[i]!.text) && !rows(i);
  const cuts = lines.filter((_, i) => cutAt(i) && kinds[i + 1]?.body === true).length;
  if (cuts < MIN_CUTS || cuts < MIN_CUT_SHARE * kinds.filter((k) => k.body).length) return [...lines];
  // Each paragraph's lines gathered first and joined once (a paragraph of many lines stays linear).
  const groups: Line[][] = [];
  let open = false; // the last line taken stops mid-sentence
  lines.forEach((l, i) => {
    const group = groups[groups.length - 1];
    if (group && open && kinds[i]!.body && !OPENS.test(l.text.replace(WS, '')) && !rows(i - 1)) {
      group.push(l);
      // Long enough already: it stays open while the piece just taken stops mid-sentence.
      open = !COMPLETE.test(l.text.replace(WS, ''));
    } else {
      groups.push([l]);
      open = cutAt(i);
    }
  });
  return groups.map((g) => {
    if (g.length === 1) return g[0]!;
    const runs = g.flatMap((l) => l.runs);
    return { ...g[0]!, runs, text: runs.map((r) => r.text).join('') };
  });
}
