/**
 * An OA system's 发文稿纸 (发文处理笺, 发文审批单) exported with the report: a form above the title whose
 * rows are labels and their entries (签发, 会签, 核稿, 拟稿, 主送, 抄送, 标题, 密级, 文号 …), each row read as
 * one line with its cells apart (CELL_GAP) or after a colon. The form is not the report: it is left out,
 * its 主送 and 文号 read as the report's when the report itself gives none.
 */
import { CELL_GAP } from '../../model/table-row';
import { docNumberOf } from '../../import/text/closing';

/** The form's own name: "某某局发文稿纸", "发文处理笺", "发文审批单", "公文发文稿". */
const SHEET_NAME = /^.{0,30}(?:发文稿纸|发文处理[笺单签]|发文审批[单表笺]|发文[笺签]|公文发文稿|发文稿)$/u;

const LABEL =
  '(?:签\\s*发|会\\s*签|核\\s*稿|审\\s*核|复\\s*核|拟\\s*稿|主\\s*办|承\\s*办|主\\s*送|抄\\s*送|标\\s*题|题\\s*目|' +
  '密\\s*级|缓\\s*急|文\\s*号|发文字号|印\\s*发|份\\s*数|校\\s*对|打\\s*印|公开(?:属性|方式|类型)|附\\s*件)' +
  '(?:人|单位|处室|科室|机关|日期|份数|意见)?';
/** A row of the form: a label, then the cells after it (or a colon and its entry). */
const ROW = new RegExp(`^${LABEL}(?:${CELL_GAP}|[：:])`, 'u');
const ENTRY = (label: string) => new RegExp(`^${label}(?:${CELL_GAP}|[：:])[\\s\\u3000]*(.+)$`, 'u');

export interface DraftSheet {
  /** Lines the form takes from the top. */
  end: number;
  recipient: string | null;
  docNumber: string | null;
}

/** The 发文稿纸 at the top of these lines: its name (if any) and two rows at least; null when none. */
export function draftSheetOf(texts: readonly string[]): DraftSheet | null {
  let i = 0;
  const named = texts[0] !== undefined && SHEET_NAME.test(texts[0].replace(/[\s\u3000]/gu, ''));
  if (named) i = 1;
  const start = i;
  while (i < texts.length && ROW.test(texts[i]!.trim())) i++;
  if (i - start < 2) return null;
  let recipient: string | null = null;
  let docNumber: string | null = null;
  for (const t of texts.slice(start, i)) {
    const to = ENTRY('主\\s*送(?:单位|机关)?').exec(t.trim())?.[1];
    if (to) recipient = to.replace(/[：:]$/u, '').trim();
    const no = ENTRY('(?:文\\s*号|发文字号)').exec(t.trim())?.[1];
    if (no) docNumber = docNumberOf(no.trim());
  }
  return { end: i, recipient, docNumber };
}

/** A form's head row ("单位名称", then the unit; 填报日期, 填报人, 联系电话 …), its cells apart as a table's. */
const FORM_HEAD = new RegExp(
  `^(?:单位名称|填报单位|报送单位|填报(?:日期|时间|人)|联\\s*系\\s*人|联系电话)${CELL_GAP}`,
  'u',
);

export function isFormHeadRow(text: string): boolean {
  return FORM_HEAD.test(text.trim());
}
