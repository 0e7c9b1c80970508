/**
 * A report whose title is set in 标题 1 (so Word's navigation pane lists it) and its parts in 标题 2: the
 * title is the title, not a part of the outline, and the levels below it count one up — the parts are
 * the 一、 level, their sub-headings the （一） level. Typed numbers (一、/（一）) still decide where present.
 */
import { isAttachmentMark, OTHER_KIND_TITLE, parseTitle, TITLE_END } from '../../import/text/closing';
import { recogniseHeading } from '../../import/heading-patterns';
import type { Line } from './lines';

/** How many title lines may stand at the top in 标题 1 ("某县司法局" / "2025年…年度报告"). */
const MAX_TITLE_LINES = 3;

/** The lines with a 标题 1 title taken off the outline, and the outline's style levels raised to match. */
export function withTitleOffOutline(lines: readonly Line[]): Line[] {
  const styledTitle = (l: Line) => l.styleLevel === 1 && l.listLevel === null && !recogniseHeading(l.text);
  let acc = '';
  let end = -1;
  // Below the "附件2" mark of a report sent as a cover letter's 附件.
  const start = lines[0] && isAttachmentMark(lines[0].text) ? 1 : 0;
  for (let i = start; i < Math.min(start + MAX_TITLE_LINES, lines.length) && styledTitle(lines[i]!); i++) {
    acc += lines[i]!.text.replace(/[\s\u3000]/gu, '');
    // "…工作情况" is a title only when it names its organ: a part is headed "2025年…工作开展情况" too.
    if (TITLE_END.test(acc) || (OTHER_KIND_TITLE.test(acc) && (parseTitle(acc)?.org ?? '') !== '')) {
      end = i + 1;
      break;
    }
  }
  if (end < 0) return [...lines];
  const rest = lines.slice(end);
  // The parts in 标题 2 when no other line is in 标题 1: their levels go one up.
  const shift = !rest.some((l) => l.styleLevel === 1) && rest.some((l) => l.styleLevel === 2) ? 1 : 0;
  return [
    ...lines.slice(0, end).map((l) => ({ ...l, styleLevel: null, titleLike: true })),
    ...rest.map((l) => (shift && l.styleLevel !== null ? { ...l, styleLevel: l.styleLevel - shift } : l)),
  ];
}
