/**
 * Which lines of a DOCX are headings: by their typed number (一、/（一）/1./（1）), whole or as the lead of
 * a 接排 paragraph; by Word's automatic numbering; by a heading style or outline level; and, in reports
 * carrying only direct formatting, by the typeface GB/T 9704 gives the levels (黑体 一、, 楷体 （一）).
 */
import {
  MAX_SUB_HEADING_ALONE,
  PART_LABEL_ALONE,
  readsAsSentence,
  recogniseHeading,
  recogniseRunOnHeading,
  type HeadingLevel,
} from '../../import/heading-patterns';
import type { DocxRun } from './document';
import { isAttachmentMark } from '../../import/text/closing';
import { BRACKETED } from '../../import/text/page-clutter';
import { runsBefore, runsFrom, trimRuns, WS, type Line } from './lines';

export interface Heading {
  level: HeadingLevel;
  text: string;
  /** Body text that ran on after a bold (or heading-styled) heading in the same paragraph (接排). */
  rest: DocxRun[];
}

/** Longest line set in 黑体 or 楷体 alone taken for a heading (a heading, not a quoted passage). */
const MAX_FONT_HEADING = 40;

/**
 * Longest Word-list item taken for a heading: a 一、 item up to 120 characters; a sub-level item up to
 * 40, or up to MAX_SUB_HEADING_ALONE when it holds no sentence punctuation (a list item that is a
 * sentence ends with 。); a sub-level item that reads as a sentence (readsAsSentence) is never one.
 */
function listHeadingLimit(line: Line): number {
  if (line.listLevel === 1) return 120;
  return /[。；;！？!?]/.test(line.text) ? 40 : MAX_SUB_HEADING_ALONE;
}

/** Level 2-4 of a character style linked to a sub-heading style (as gwdraft writes 接排), else null. */
function styledLevel(run: DocxRun | undefined): number | null {
  return run?.level !== undefined && run.level >= 1 && run.level <= 3 ? run.level + 1 : null;
}

/** The lead of a line: its first runs while they stay bold (or styled, or in the first run's face). */
function leadOf(runs: readonly DocxRun[]): { text: string; count: number; byFace: boolean } {
  const first = runs[0];
  if (!first) return { text: '', count: 0, byFace: false };
  const marked = first.bold || styledLevel(first) !== null;
  const byFace = !marked && first.font !== undefined;
  if (!marked && !byFace) return { text: '', count: 0, byFace };
  let count = 1;
  while (
    count < runs.length &&
    (byFace
      ? runs[count]!.font === first.font && !runs[count]!.bold
      : runs[count]!.bold === first.bold && runs[count]!.level === first.level)
  )
    count++;
  return {
    text: runs
      .slice(0, count)
      .map((r) => r.text)
      .join(''),
    count,
    byFace,
  };
}

/** 黑体 → 一、, 楷体 → （一）: the level a heading set only in that face has. */
function faceLevel(runs: readonly DocxRun[]): HeadingLevel | null {
  const faces = new Set(runs.filter((r) => r.text.replace(WS, '') !== '').map((r) => r.font));
  if (faces.size !== 1) return null;
  const face = [...faces][0];
  return face === 'hei' ? 1 : face === 'kai' ? 2 : null;
}

/** Heading text: the words of a short line without sentence punctuation inside, its final 。 dropped. */
function headingWords(text: string, max: number): string | null {
  const t = text.replace(WS, '').replace(/[。.]$/, '');
  return t.length > 0 && t.length <= max && !/[。；;！？!?]/.test(t) && !readsAsSentence(t) ? t : null;
}

/**
 * A part's heading ending in a colon with its text after it ("五、其他需要报告的情况：无。"): the colon
 * ends the heading as 。 does, the text after it runs on. Other headings as they are.
 */
function colonEnded(line: Line, h: Heading | null): Heading | null {
  if (h === null || h.level !== 1 || h.rest.length > 0) return h;
  const colon = h.text.search(/[：:]/u);
  if (colon <= 0) return h;
  const at = line.text.indexOf(h.text.slice(0, colon + 1));
  const rest = at >= 0 ? trimRuns(runsFrom(line.runs, at + colon + 1)) : [];
  return { level: 1, text: h.text.slice(0, colon), rest };
}

/** A heading by pattern (whole line, or its bold lead), else by list, style or face; null for body text. */
export function headingOf(line: Line): Heading | null {
  return withRunInStop(line, colonEnded(line, headingOfLine(line)));
}

/**
 * A sub-heading run in before its text ("（一）加强组织领导。" then 局党组…) keeps the 。 that ended it, as
 * the text import keeps it: in print the heading runs on into its text with that stop. A part's heading
 * does not (the template gives its wording).
 */
function withRunInStop(line: Line, h: Heading | null): Heading | null {
  if (h === null || h.level === 1 || h.rest.length === 0 || h.text.endsWith('。')) return h;
  const restText = h.rest.map((r) => r.text).join('');
  const at = line.text.lastIndexOf(restText);
  if (at < 0) return h;
  return /。$/u.test(line.text.slice(0, at).replace(/[\s\u3000]+$/u, '')) ? { ...h, text: `${h.text}。` } : h;
}

function headingOfLine(line: Line): Heading | null {
  // "附件2" in 黑体 (GB/T 9704 7.4) marks an 附件 page, above the report sent as one or after the date.
  if (isAttachmentMark(line.text)) return null;
  const lead = leadOf(line.runs);
  if (lead.text && lead.text.length < line.text.length) {
    const rest = trimRuns(line.runs.slice(lead.count));
    // A bold (or styled) lead is a heading by its formatting, even one written with a comma before its
    // text ("（一）坚持党的领导，全面加强组织建设，" then 局党组…).
    const h = recogniseHeading(lead.text, { marked: !lead.byFace });
    if (h) return { level: h.level, text: h.text.replace(/[。.]$/, ''), rest };
    const styled = lead.byFace ? null : styledLevel(line.runs[0]);
    if (styled !== null) {
      const text = lead.text.replace(WS, '').replace(/[。.]$/, '');
      if (text.length > 0 && text.length <= MAX_SUB_HEADING_ALONE)
        return { level: styled as HeadingLevel, text, rest };
    }
    // Numbered by Word's list, its words bold up to their 。 and the text running on ("1.深化放管服改革。"
    // then 动态调整…): a 接排 heading at the label's level, as the typed "1.深化放管服改革。" is.
    const listed =
      line.listLevel !== null && !lead.byFace && /。$/.test(lead.text)
        ? headingWords(lead.text, MAX_FONT_HEADING)
        : null;
    if (listed !== null && rest.length > 0)
      return { level: line.listLevel as HeadingLevel, text: listed, rest };
    // A 楷体 lead ending in 。 before 仿宋 text (接排 with only the face to mark it): a （一） heading.
    const face = lead.byFace ? faceLevel(line.runs.slice(0, lead.count)) : null;
    const words = face === 2 && /。$/.test(lead.text) ? headingWords(lead.text, MAX_FONT_HEADING) : null;
    if (words !== null && rest.length > 0) return { level: 2, text: words, rest };
  }
  const bold =
    line.runs.some((r) => r.text.replace(WS, '') !== '') &&
    line.runs.every((r) => r.bold || r.text.replace(WS, '') === '');
  const h = recogniseHeading(line.text, { marked: bold });
  if (h) return { level: h.level, text: h.text.replace(/[。.]$/, ''), rest: [] };
  // Numbered by Word's list: the label is not in the text; the level is the label's. Short lines only:
  // a long numbered paragraph is a list item, not a heading.
  if (
    line.listLevel !== null &&
    line.text.length > 0 &&
    line.text.length <= listHeadingLimit(line) &&
    !(line.listLevel > 1 && readsAsSentence(line.text.replace(WS, '').split('。')[0]!))
  )
    return { level: line.listLevel as HeadingLevel, text: line.text.replace(/[。.]$/, ''), rest: [] };
  if (line.styleLevel !== null && line.text.length > 0 && line.text.length <= 120)
    return { level: line.styleLevel as HeadingLevel, text: line.text.replace(/[。.]$/, ''), rest: [] };
  // A numbered sub-heading running on into its text after its 。, in the body's own face.
  const runOn = recogniseRunOnHeading(line.text);
  if (runOn)
    return {
      level: runOn.level,
      text: runOn.text.replace(/[。.]$/, ''),
      rest: trimRuns(runsFrom(line.runs, line.text.length - runOn.rest.length)),
    };
  const face = line.titleLike ? null : faceLevel(line.runs);
  const words = face !== null ? headingWords(line.text, MAX_FONT_HEADING) : null;
  if (face !== null && words !== null) return { level: face, text: words, rest: [] };
  return null;
}

/**
 * A document written in 楷体 (or 黑体) throughout says nothing by that face: the face the most text is
 * set in is taken off the runs, so only a face that stands out from the body marks headings.
 */
export function withoutBodyFace(lines: readonly Line[]): Line[] {
  const chars = new Map<string, number>();
  let total = 0;
  for (const l of lines)
    for (const r of l.runs) {
      chars.set(r.font ?? '', (chars.get(r.font ?? '') ?? 0) + r.text.length);
      total += r.text.length;
    }
  const body = [...chars].find(([face, n]) => face !== '' && n * 2 > total)?.[0];
  if (body === undefined) return [...lines];
  return lines.map((l) => ({
    ...l,
    runs: l.runs.map((r) => {
      if (r.font !== body) return r;
      const { font: _face, ...rest } = r;
      return rest;
    }),
  }));
}

/** A line wholly in 【】 with no sentence: the line of the words inside, or null. */
function bracketInner(l: Line): Line | null {
  if (!BRACKETED.test(l.text)) return null;
  const runs = trimRuns(runsBefore(runsFrom(l.runs, 1), l.text.length - 2));
  return { ...l, runs, text: runs.map((r) => r.text).join('') };
}

/**
 * Parts headed in 【】, as a web page or a WPS template sets them ("【第一部分 主要举措和成效】",
 * "【一、…】"): a numbered heading inside is read as that heading; when the document has no numbered part
 * at all, every such line (two at least) is a part, as the text import reads "【主要举措和成效】".
 */
export function withBracketedHeadings(lines: readonly Line[]): Line[] {
  let bracketed = 0;
  const out = lines.map((l) => {
    const inner = bracketInner(l);
    if (!inner) return l;
    bracketed++;
    return recogniseHeading(inner.text, { marked: true }) ? inner : l;
  });
  if (bracketed < 2 || out.some((l) => headingOf(l)?.level === 1)) return out;
  return out.map((l) => {
    const inner = bracketInner(l);
    return inner ? { ...inner, styleLevel: 1 } : l;
  });
}

/** Longest part name taken from the line under a "第一部分" standing alone. */
const MAX_PART_NAME = 60;

/**
 * "第一部分" alone in its paragraph with the part's name in the next ("第一部分" / "主要举措和成效", a centred
 * two-line part heading): one line, as if typed on one, so it is the part's heading.
 */
export function withPartLabelsJoined(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    const name = next ? next.text.replace(WS, '') : '';
    if (
      PART_LABEL_ALONE.test(l.text.replace(WS, '')) &&
      next !== undefined &&
      name.length > 0 &&
      name.length <= MAX_PART_NAME &&
      !/[。；;！？!?]/u.test(name)
    ) {
      const gap: DocxRun = { ...l.runs[l.runs.length - 1]!, text: ' ' };
      const runs = [...l.runs, gap, ...next.runs];
      out.push({ ...l, runs, text: runs.map((r) => r.text).join('') });
      i++;
    } else out.push(l);
  }
  return out;
}
