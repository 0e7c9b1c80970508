/**
 * The parts of a report around its body: the title at the top (机关 + "XXXX年法治政府建设年度报告",
 * possibly over two lines), 文号 and 主送机关 under it, and the 署名 and 成文日期 at the end.
 */
import { ORGAN_NAME_ENDING } from '../../model/signature-organs';
import { chineseDateParts, chineseYear } from '../../model/chinese-date';
import type { Line } from './lines';

function isoDate(y: number, mo: number, d: number): string | null {
  if (mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days || y < 2000 || y > 2100) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface ParsedDate {
  iso: string;
  /** Written in Chinese numerals (二〇二四年…): output will use Arabic numerals (GB/T 9704 7.3.5.4). */
  chineseNumerals: boolean;
  /** Written with dots, dashes or slashes (2026.1.20, 2026-01-20): output will use 年月日. */
  numeric?: true;
}

/** Full-width digits (２０２５, typed in the IME's full-width mode) as ASCII ones. */
function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** 2026.1.20, 2026-01-20, 2026/1/20: a date as a form or a spreadsheet writes it. */
const NUMERIC_DATE = /^(\d{4})([.．\-－/])(\d{1,2})\2(\d{1,2})$/u;

/**
 * A whole line that is a date: 2024年12月12日, 2024 年 12 月 12 日, ２０２４年…, 二〇二四年十二月十二日, or
 * 2024.12.12 (also with - or /).
 */
export function parseDateLine(line: string): ParsedDate | null {
  const s = halfWidthDigits(line.replace(/[\s\u3000]/g, ''));
  const arabic = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(s);
  if (arabic) {
    const iso = isoDate(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
    return iso ? { iso, chineseNumerals: false } : null;
  }
  const numeric = NUMERIC_DATE.exec(s);
  if (numeric) {
    const iso = isoDate(Number(numeric[1]), Number(numeric[3]), Number(numeric[4]));
    return iso ? { iso, chineseNumerals: false, numeric: true } : null;
  }
  const cn = chineseDateParts(s);
  if (cn) {
    const iso = isoDate(cn.year, cn.month, cn.day);
    return iso ? { iso, chineseNumerals: true } : null;
  }
  return null;
}

/**
 * 署名 and 成文日期 on one line, apart by spaces or a line break inside one Word paragraph
 * ("某县司法局", spaces, "2026年1月20日"): the two parts, or null.
 */
export function signatureAndDate(line: string): { signature: string; date: ParsedDate } | null {
  const m =
    /^(.+?)[\s\u3000]+((?:\d{4}|[０-９]{4}|[〇零○◯ＯOО一二三四五六七八九]{4})[\s\u3000]*年\S*日|\d{4}([.．\-－/])\d{1,2}\3\d{1,2})$/u.exec(
      line.trim(),
    );
  if (!m) return null;
  const date = parseDateLine(m[2]!);
  const signature = m[1]!.replace(/[\s\u3000]+$/u, '');
  if (!date || !isLabelLine(signature) || [...signature].length < 3 || /\d/u.test(signature)) return null;
  return { signature, date };
}

/** A short line without sentence punctuation: what a title part or a 署名 looks like. */
export function isLabelLine(plain: string, maxChars = 40): boolean {
  return plain.length <= maxChars && !/[。，,；;：:！？!?]/.test(plain);
}

export interface ParsedTitle {
  org: string;
  year: number;
}

/**
 * "吴川市科工贸和信息化局2024 年法治政府建设年度报告" → org and year; null if no year in it. The organ
 * is what stands before 关于 ("某局关于报送2025年度…的报告"), after it when the title opens with it
 * ("关于青山镇2025年…"), or before 法治政府 when the year comes last ("某局法治政府建设年度报告（2025年度）").
 */
export function parseTitle(title: string): ParsedTitle | null {
  // A slogan over a subtitle ("坚持依法行政 建设法治政府" / "——某县司法局2025年…报告"): the subtitle names
  // the organ and the year. A single dash may stand between two years (2021—2025年): only —— counts.
  const dash = title.search(/——|－－|――/u);
  if (dash > 0) {
    const sub = parseTitle(title.slice(dash).replace(/^[—－―]+/u, ''));
    if (sub) return sub;
  }
  // The year in Arabic numerals, or in Chinese ones ("二〇二五年度"), which GB/T 9704 would not have.
  const m = /(20\d{2}|二[〇零ＯOО][一二三四五六七八九〇零ＯOО]{2})[\s\u3000]*年/u.exec(title);
  if (!m) return null;
  const year = /^\d/u.test(m[1]!) ? Number(m[1]) : chineseYear(m[1]!);
  if (year === null) return null;
  let org = title.slice(0, m.index).replace(/^[\s\u3000]*关于/u, '');
  const about = org.indexOf('关于');
  if (about >= 0) org = org.slice(0, about);
  const topic = org.search(/法治政府|法治建设|依法行政/u);
  if (topic >= 0) org = org.slice(0, topic);
  org = org.replace(/[\s\u3000（(【[“"《]+$/u, '');
  // An organ's name spaced out letter by letter ("某 县 司 法 局", as a 红头 sets it) is one name; two
  // organs side by side ("中共某县委  某县人民政府") keep the space between them.
  const pieces = org.split(/[\s\u3000]+/u).filter((p) => p !== '');
  if (pieces.length > 2 && pieces.every((p) => [...p].length === 1)) org = pieces.join('');
  return { org, year };
}

/** 文号 such as 吴科工贸〔2025〕3号 or 〔2025〕3号. */
export function isDocNumber(plain: string): boolean {
  return /^\S{0,20}[〔［[]\d{4}[〕］\]]\d{1,4}号$/.test(plain);
}

/** The longest 主送 on one line; one wrapped over two lines (ending the first in 、) may be twice as long. */
const MAX_RECIPIENT = 40;

const RECIPIENT_ORGAN = /(委|政府|局|办|办公室|厅|部|院|会|组)$/u;

/**
 * 主送机关: a short first line ending in a colon, naming organs ("县委、县政府：", "省委全面依法治省委员会
 * 办公室："); without its colon only when it names two or more organs ("市委、市人民政府").
 */
export function recipientOf(plain: string, maxChars = MAX_RECIPIENT): string | null {
  // A space the typist left before the colon ("县委、县政府 ：") is not part of the name.
  const m = new RegExp(`^(.{2,${maxChars}}?)[\\s\u3000]*[：:]$`, 'u').exec(plain);
  if (!m) {
    const parts = plain.split('、');
    return plain.length <= maxChars &&
      parts.length >= 2 &&
      parts.every((p) => p.length >= 2 && !/[。，,；;：:\s\u3000]/u.test(p) && RECIPIENT_ORGAN.test(p))
      ? plain
      : null;
  }
  if (/[。，,；;]/.test(m[1]!)) return null;
  return RECIPIENT_ORGAN.test(m[1]!) ? m[1]! : null;
}

/** The shortest opening sentence taken off a 主送 line (shorter, the line is not a 主送 with text run on). */
const MIN_RUN_ON_SENTENCE = 6;

/**
 * A 主送 line with the opening sentence run on after its colon ("市人民政府：2025年，我局在…"), as a
 * paste that lost the line break, or a typist, writes it: the 主送机关 (as recipientOf reads it) and
 * where the sentence starts in the line; null when the line is not so.
 */
export function recipientRunOn(plain: string): { recipient: string; restAt: number } | null {
  const m = /^([^：:]{2,40}?)[\s\u3000]*[：:][\s\u3000]*/u.exec(plain);
  if (!m) return null;
  // "我局：…", "本单位：…": the unit speaking of itself, never a 主送.
  const recipient = /^[我本该]/u.test(m[1]!) ? null : recipientOf(`${m[1]!}：`);
  const rest = plain.slice(m[0].length);
  return recipient !== null && [...rest].length >= MIN_RUN_ON_SENTENCE
    ? { recipient, restAt: m[0].length }
    : null;
}

export interface Header {
  title: string | null;
  docNumber: string | null;
  recipient: string | null;
  /**
   * The organ and date under a title that names no organ, as a web page or a bulletin sets them (题注:
   * "2025年法治政府建设年度报告" / "某县司法局" or "——某县司法局" / "（2026年1月20日）").
   */
  byline: { organ: string; date: ParsedDate | null } | null;
  /**
   * A date in parentheses under a title that names its organ ("（2026年1月20日）", as a 公报 or a web page
   * prints it): the 成文日期 when the end has none.
   */
  titleDate: ParsedDate | null;
  /** The 主送 line had the opening sentence run on after its colon (now the first line of `rest`). */
  recipientRunOn: boolean;
  /** The lines after the header. */
  rest: Line[];
}

/** 版头 of a 红头文件 (GB/T 9704 7.2.2): "某某市人民政府文件", "中共某某县委员会文件". */
export function isIssuerMark(plain: string): boolean {
  const s = plain.replace(/[\s\u3000]/gu, '');
  return /^\S{2,30}文件$/u.test(s) && !/报告|通知|关于/u.test(s);
}

/**
 * A 发文机关标志 written as the organ's name alone (GB/T 9704 7.2.4 allows it, and gwdraft's 版头 writes it
 * so), told from a title's first line ("某县人民政府" / 发文字号 / "关于…的报告") by what follows the
 * 发文字号: a title starting with the same name again. `texts` are the lines from the candidate on.
 */
export function isNamedIssuerMark(texts: readonly string[]): boolean {
  const [mark, number, ...after] = texts.map((t) => t.replace(/[\s\u3000]/gu, ''));
  if (!mark || !number || !isLabelLine(mark) || docNumberOf(number) === null) return false;
  const title = after.slice(0, 3).join('');
  return title.length > mark.length && title.startsWith(mark);
}

/**
 * An organ's name alone, spaces taken out, as a joint 版头 or a joint title stacks them: "中共某县委员会",
 * "某县人民政府", "某县司法局" (ending as model/signature-organs reads an organ's name; no 关于, 报告,
 * digits or 年, which a title's first line has).
 */
const isOrganName = (s: string) =>
  [...s].length >= 3 && [...s].length <= 40 && ORGAN_NAME_ENDING.test(s) && !/关于|报告|\d|年/u.test(s);

/** Most organs a joint 版头 stacks (GB/T 9704 7.2.4 lets 联合行文 name them all; two or three in practice). */
const MAX_JOINT_ORGANS = 3;

/**
 * How many lines at the top of a document are its 版头 (发文机关标志, GB/T 9704 7.2.4), 0 when it has
 * none: "某某市人民政府文件" on one line; a joint one (联合行文) with its organs stacked — each with "文件"
 * ("中共某县委员会文件" / "某县人民政府文件"), or "文件" beside them, which a borderless table reads as
 * the first organ's row ("中共某县委员会  文件" / "某县人民政府"), or on a line of its own after them —;
 * or the organs named alone (7.2.4 allows it; gwdraft's 版头 writes it so), told from a title's first line
 * by the 发文字号 under them and a title that starts with the first organ again (isNamedIssuerMark).
 * Shared by the text and the Word import. `texts` are the document's first lines.
 */
export function issuerMarkLines(texts: readonly string[]): number {
  const raw = texts.slice(0, MAX_JOINT_ORGANS + 3).map((t) => t.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''));
  const lines = raw.map((t) => t.replace(/[\s\u3000]/gu, ''));
  // One organ to a line: two organs side by side with a space between are a joint title's first line; a
  // name spaced out letter by letter ("中 共 某 县 委 员 会") is one organ.
  const oneOrgan = (t: string) => {
    const pieces = t.split(/[\s\u3000]+/u);
    return pieces.length === 1 || pieces.every((p) => [...p].length === 1);
  };
  // 文件 in a cell spanning the organs' rows, copied row by row between them ("中共某县委员会" / "文件" /
  // "某县人民政府"): organs and a lone 文件 in any order, down to the 发文字号.
  const numberAt = lines.findIndex((s) => docNumberOf(s) !== null);
  if (numberAt >= 3 && numberAt <= MAX_JOINT_ORGANS + 1) {
    const above = lines.slice(0, numberAt);
    const organsAbove = above.filter((s, i) => s !== '文件' && isOrganName(s) && oneOrgan(raw[i]!));
    if (above.includes('文件') && organsAbove.length === numberAt - 1) return numberAt;
  }
  let n = 0;
  let marked = false;
  let organs = 0;
  // After a whole "某县人民政府文件" only more such lines are the 版头; after "文件" set beside the first
  // organ (a table's row) the other organs follow on their own lines.
  let whole = false;
  for (const [i, s] of lines.entries()) {
    const t = raw[i]!;
    if (s === '文件' && organs > 0 && !whole) {
      n++;
      marked = true;
      break;
    }
    const besideMark = /[\s\u3000]文件$/u.test(t) && oneOrgan(t.replace(/[\s\u3000]+文件$/u, ''));
    if (isIssuerMark(s) && isOrganName(s.slice(0, -2)) && (besideMark || oneOrgan(t))) {
      whole = !besideMark;
      marked = true;
    } else if (!(isOrganName(s) && oneOrgan(t) && !whole)) break;
    if (++organs > MAX_JOINT_ORGANS) return 0;
    n++;
  }
  if (marked) return n;
  // A single 版头 whose organ's name the pattern does not know.
  if (lines[0] !== undefined && isIssuerMark(lines[0])) return 1;
  // Organs named alone: the 发文字号 right under them, then a title that names the first organ again.
  if (n >= 1 && isNamedIssuerMark([lines[0]!, ...lines.slice(n)])) return n;
  return isNamedIssuerMark(lines) ? 1 : 0;
}

/** 发文字号, alone or with the 签发人 of an upward document beside it (信政文〔2026〕6号, then 签发人：王某). */
export function docNumberOf(plain: string): string | null {
  const s = plain.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
  if (isDocNumber(s)) return s;
  const m = /^(\S{0,20}[〔［[]\d{4}[〕］\]]\d{1,4}号)[\s\u3000]*签发人[：:][\s\u3000]*\S{2,12}$/u.exec(s);
  return m ? m[1]! : null;
}

/** Words that continue an organ's name, never start another's ("办公室" after "中共某县委员会"). */
const NAME_CONTINUES = /^(?:办公室|委员会|人民政府|政府|党组|党委|工作委员会|管理委员会|办事处)/u;

/** A joint title's second organ is a whole name of this many characters at least. */
const MIN_SECOND_ORGAN = 4;

/**
 * The title so far and its next line, joined. A joint report's organs stacked one a line ("中共某县委" /
 * "某县人民政府" / "关于…的报告"), or a long pair printed apart (the second organ's line running on into
 * 关于), keep a full-width space between them, as when written on one line; other lines join as they
 * are (a title broken inside a phrase).
 */
export function joinTitleLines(acc: string, next: string): string {
  if (acc === '') return next;
  const organs = (s: string) => isLabelLine(s) && isOrganName(squashSpaces(s));
  const second = next.split('关于')[0]!;
  const apart =
    organs(acc) &&
    /[^\s\u3000]$/u.test(acc) &&
    [...second].length >= MIN_SECOND_ORGAN &&
    organs(second) &&
    !NAME_CONTINUES.test(second);
  return apart ? `${acc}\u3000${next}` : acc + next;
}

/** A title ends in 报告, or in its year after it: "…年度报告（2025年度）". */
export const TITLE_END = /报告(?:[（(][^）)]{1,12}[）)])?$/u;

const SIGNER = /^签发人[：:][\s\u3000]*\S{2,12}$/u;

/**
 * The head of an 附件 page (GB/T 9704 7.4): "附件", or "附件1" when there are several; a table of figures
 * sent with the report is headed "附表" ("附表1") as often, and either may carry a colon ("附表：").
 */
const ATTACHMENT_PAGE = /^附[件表](?:[1-9]\d?)?[：:]?$/u;

/** A line that is only an 附件 page's mark ("附件", "附件2", "附表"), spaces aside: never a heading nor text. */
export function isAttachmentMark(plain: string): boolean {
  return ATTACHMENT_PAGE.test(plain.replace(/[\s\u3000]/gu, ''));
}

/**
 * A title written as another kind of document ("…2025年度法治政府建设工作总结", "…情况汇报", "…工作
 * 情况"): still the title, when it names a year and the matter; the import says the 文种 is 报告.
 */
export const OTHER_KIND_TITLE = /20\d{2}[\s\u3000]*年.*(?:法治|依法行政).*(?:总结|汇报|情况)$/u;

/** The importers' note on a title of another 文种 ("…工作总结"), or null for a 报告. */
export function otherKindNote(title: string | null): string | null {
  const kind = title !== null && !TITLE_END.test(title) ? /(总结|汇报|情况)$/u.exec(title) : null;
  return kind ? `标题以“${kind[1]}”结尾：年度报告的文种是“报告”，请核对标题。` : null;
}

/**
 * Title (up to three short lines, complete when they end in 报告), then a 文号 and a 主送机关 line. A
 * 红头文件 copy starts with its 版头 and 发文字号 (and 签发人) above the title: they are not the title.
 */
export function takeHeader(lines: readonly Line[]): Header {
  let rest = [...lines];
  let docNumber: string | null = null;
  // The report sent as the 附件 of a cover letter starts with its mark ("附件", "附件1") above the title.
  if (rest[0] && rest[0].kind === 'text' && isAttachmentMark(rest[0].plain)) rest = rest.slice(1);
  const texts = rest.slice(0, 8).map((l) => (l.kind === 'text' ? l.plain : ''));
  rest = rest.slice(issuerMarkLines(texts));
  const above = rest[0] && rest[0].kind === 'text' ? docNumberOf(rest[0].plain) : null;
  if (above !== null) {
    docNumber = above;
    rest = rest.slice(1);
  }
  if (rest[0] && rest[0].kind === 'text' && SIGNER.test(rest[0].plain)) rest = rest.slice(1);
  let title: string | null = null;
  let acc = '';
  for (let i = 0; i < Math.min(3, rest.length); i++) {
    const l = rest[i]!;
    if (l.kind !== 'text' || !isLabelLine(l.plain, 60)) break;
    // The 发文字号 between the organ's line and the rest of the title ("某县人民政府" / 县政报〔2026〕3号 /
    // "关于…的报告"): the number, not part of the title.
    const number = acc !== '' && docNumber === null ? docNumberOf(l.plain) : null;
    if (number !== null) {
      docNumber = number;
      rest = [...rest.slice(0, i), ...rest.slice(i + 1)];
      i--;
      continue;
    }
    acc = joinTitleLines(acc, l.plain);
    const next = rest[i + 1];
    // "…工作情况" over a line that goes on ("…工作情况" / "报告") is not complete yet.
    const otherKind =
      OTHER_KIND_TITLE.test(acc) &&
      !(next && next.kind === 'text' && isLabelLine(next.plain, 60) && TITLE_END.test(acc + next.plain));
    if (TITLE_END.test(acc) || otherKind) {
      title = acc;
      rest = rest.slice(i + 1);
      break;
    }
  }
  const below = docNumber === null && rest[0] ? docNumberOf(rest[0].plain) : null;
  if (below !== null) {
    docNumber = below;
    rest = rest.slice(1);
  }
  let byline: Header['byline'] = null;
  if (title !== null && parseTitle(title)?.org === '') {
    const texts = rest.slice(0, 2).map((l) => (l.kind === 'text' ? l.plain : ''));
    byline = bylineOf(texts);
    if (byline) rest = rest.slice(byline.date ? 2 : 1);
  }
  let titleDate: ParsedDate | null = null;
  if (title !== null && byline === null && rest[0] && rest[0].kind === 'text') {
    titleDate = datedLine(rest[0].plain);
    if (titleDate) rest = rest.slice(1);
  }
  let recipient = rest[0] && rest[0].kind === 'text' ? recipientOf(rest[0].plain) : null;
  if (recipient !== null) rest = rest.slice(1);
  // A long 主送 wrapped after a 、 onto a second line ("县委依法治县办、县人民政府、" / "市司法局：").
  const [upper, lower] = rest;
  if (recipient === null && upper?.kind === 'text' && lower?.kind === 'text' && /、$/u.test(upper.plain)) {
    const joined = recipientOf(upper.plain + lower.plain, 2 * MAX_RECIPIENT);
    if (joined !== null) {
      recipient = joined;
      rest = rest.slice(2);
    }
  }
  const runOn =
    recipient === null && rest[0] && rest[0].kind === 'text' ? recipientRunOn(rest[0].plain) : null;
  if (runOn !== null) {
    // The sentence is the 导语's first line; markup before the colon (**…：**) goes with the 主送.
    const first = rest[0]!;
    const colon = first.raw.search(/[：:]/u);
    const raw = first.raw.slice(colon + 1).replace(/^\**[\s\u3000]*/u, '');
    rest = [{ raw, plain: first.plain.slice(runOn.restAt), kind: 'text', labelLength: 0 }, ...rest.slice(1)];
    recipient = runOn.recipient;
  }
  return { title, docNumber, recipient, byline, titleDate, recipientRunOn: runOn !== null, rest };
}

/**
 * The 题注 under a title that names no organ: its first line only an organ's name ("某县司法局",
 * "——某县司法局"), its second, if any, a date in parentheses ("（2026年1月20日）"); null when the lines
 * under the title are not so.
 */
export function bylineOf(lines: readonly string[]): { organ: string; date: ParsedDate | null } | null {
  const name = (lines[0] ?? '').replace(/^[—－―]+/u, '').replace(/[\s\u3000]+/gu, '');
  const organ =
    [...name].length >= 3 && [...name].length <= 40 && isLabelLine(name) && ORGAN_NAME_ENDING.test(name);
  if (!organ) return null;
  return { organ: name, date: datedLine(lines[1] ?? '') };
}

/** A date in parentheses alone on its line ("（2026年1月20日）"), as printed under a title; null otherwise. */
export function datedLine(line: string): ParsedDate | null {
  const dated = /^[（(](.{6,20})[）)]$/u.exec(line.trim());
  return dated ? parseDateLine(dated[1]!) : null;
}

export interface Closing {
  date: ParsedDate | null;
  signature: string | null;
  /**
   * The note for a last line that looks like a date but is not one (2025年2月30日, 2026年1月): kept as
   * text, worth a warning (badClosingDateNote, the Word import's words too).
   */
  badDate: string | null;
  /** 附注 and 版记 lines after the date, left out of the report. */
  trailer: string[];
  /** A 盖章 note ("（单位盖章）") stood by the 署名 or the date: left out of the report. */
  sealNote: boolean;
  /** The lines before the closing. */
  rest: Line[];
}

/**
 * What follows the 成文日期 in an official document and is not the report: the 附注 "（此件公开发布）",
 * a 联系人/联系电话 line and the 版记 (抄送：…, "某某办公室 2026年1月20日印发", 共印N份).
 */
export function isClosingTrailer(plain: string): boolean {
  const s = plain.replace(/[\s\u3000]+/gu, '');
  return (
    /^[（(](?:此件|本件)[^）)]{1,20}[）)]$/u.test(s) ||
    /^[（(]?(?:联系人|联系电话|经办人)[：:].{1,80}$/u.test(s) ||
    /^抄送[：:]/u.test(s) ||
    /印发[。.]?$/u.test(s) ||
    /^[（(]?共印\d+份[）)]?$/u.test(s)
  );
}

/** A note on the figures: "注：本报告数据统计截至2025年12月31日。", "（数据截至…）"; after the date only. */
function isFiguresNote(plain: string): boolean {
  const s = plain.replace(/[\s\u3000]+/gu, '');
  return (
    /^(?:注|备注)[：:].{1,120}$/u.test(s) ||
    /^[（(][^（）()]{0,40}(?:截至|截止)[^（）()]{1,40}[）)]$/u.test(s)
  );
}

/**
 * Where what follows the 成文日期 begins (isClosingTrailer; and a note on the figures when a date stands
 * above it — elsewhere a "注：" line is a footnote of the text): the index of its first line, or the
 * length when there is none. `texts[i]` is null for a line that is not text.
 */
export function closingTrailerStart(texts: readonly (string | null)[]): number {
  const strict = (t: string | null) => t !== null && isClosingTrailer(t);
  let end = texts.length;
  while (end > 0 && (strict(texts[end - 1]!) || (texts[end - 1] !== null && isFiguresNote(texts[end - 1]!))))
    end--;
  const above = texts[end - 1];
  if (
    above !== undefined &&
    above !== null &&
    (parseDateLine(above) !== null || signatureAndDate(above) !== null)
  )
    return end;
  end = texts.length;
  while (end > 0 && strict(texts[end - 1]!)) end--;
  return end;
}

/**
 * Where the 印章 goes, as a template or a typist marks it: "（盖章）", "（单位盖章）", "（公章）", and the
 * "（此页无正文）" put above a 署名 pushed onto a page of its own. Notes for the printer, not the report.
 */
const SEAL_NOTE = /[（(](?:(?:单位|机关)?(?:盖章|公章|印章|签章)|此页无正文)[）)]/u;
const SEAL_LINE = new RegExp(`^${SEAL_NOTE.source}$`, 'u');
const SEAL_AFTER = new RegExp(`[\\s\u3000]*${SEAL_NOTE.source}$`, 'u');
/** The note between the 署名 and the date on their one line ("某某局（盖章）, spaces, 2026年1月20日"). */
const SEAL_BETWEEN = new RegExp(`[\\s\u3000]*${SEAL_NOTE.source}(?=[\\s\u3000]*\\S)`, 'u');

/** How many lines from the end a 盖章 note may stand (署名, note, 成文日期 and a 附注 below). */
const SEAL_REACH = 4;

/**
 * The closing lines without their 盖章 notes: a note line is dropped, one after a 署名 on its line
 * ("某某局（盖章）") is cut off it. `found` says whether there was one. Generic over the importers' lines:
 * `text` reads a line, `cut` makes the line with only the text before its note (null: keep as it is).
 * With `cutBetween` (which makes the line without the note, given the text kept), a note between the
 * 署名 and the date on one line ("某某局（盖章）, spaces, 2026年1月20日") is cut out of it too.
 */
export function withoutSealNotes<L>(
  lines: readonly L[],
  text: (line: L) => string | null,
  cut: (line: L, kept: string) => L,
  cutBetween?: (line: L, kept: string) => L,
): { lines: L[]; found: boolean } {
  let found = false;
  const from = Math.max(0, lines.length - SEAL_REACH);
  const out: L[] = lines.slice(0, from);
  for (const l of lines.slice(from)) {
    const t = text(l);
    if (t === null) {
      out.push(l);
      continue;
    }
    if (SEAL_LINE.test(t.replace(/[\s\u3000]/gu, ''))) {
      found = true;
      continue;
    }
    if (SEAL_AFTER.test(t) && isLabelLine(t.replace(SEAL_AFTER, ''))) {
      found = true;
      out.push(cut(l, t.replace(SEAL_AFTER, '')));
      continue;
    }
    const between = cutBetween && SEAL_BETWEEN.test(t) ? withoutSealBetween(t) : null;
    if (between !== null && signatureAndDate(between) !== null) {
      found = true;
      out.push(cutBetween!(l, between));
      continue;
    }
    out.push(l);
  }
  return { lines: out, found };
}

/** The line without the 盖章 note before its date, the two apart by a full-width space at least. */
function withoutSealBetween(line: string): string {
  return line.replace(SEAL_BETWEEN, (note) => (/^[\s\u3000]/u.test(note) ? '' : '\u3000'));
}

/** What the importers tell the user when they left a 盖章 note out. */
export const SEAL_NOTE_WARNING = '文末的“（盖章）”等用印提示不是报告正文，未导入；署名请写机关全称。';

/** The 成文日期 on the last line (before any 附注 or 版记), and the 署名 on the line before it. */
export function takeClosing(input: readonly Line[], title: string | null): Closing {
  const end = closingTrailerStart(input.map((l) => (l.kind === 'text' ? l.plain : null)));
  const trailer = input.slice(end).map((l) => l.plain);
  const sealed = withoutSealNotes(
    input.slice(0, end),
    (l) => (l.kind === 'text' ? l.plain : null),
    (l, kept) => ({ ...l, raw: l.raw.replace(SEAL_AFTER, ''), plain: kept }),
    (l, kept) => ({ ...l, raw: withoutSealBetween(l.raw), plain: kept }),
  );
  const closing = closingOf(sealed.lines, title);
  return { ...closing, trailer, sealNote: sealed.found };
}

function closingOf(lines: readonly Line[], title: string | null): Omit<Closing, 'trailer' | 'sealNote'> {
  const last = lines[lines.length - 1];
  const both = last && last.kind === 'text' ? signatureAndDate(last.plain) : null;
  if (both && looksLikeSignature(both.signature, title))
    return { date: both.date, signature: both.signature, badDate: null, rest: lines.slice(0, -1) };
  const date = last && last.kind === 'text' ? parseDateLine(last.plain) : null;
  if (!date) {
    // The last lines while they are text (a heading above them is no organ).
    let from = lines.length;
    while (from > Math.max(0, lines.length - 3) && lines[from - 1]!.kind === 'text') from--;
    const n = signatureLinesWithoutDate(
      lines.slice(from).map((l) => l.plain),
      title,
    );
    if (n > 0) {
      const signature = lines
        .slice(-n)
        .map((l) => l.plain)
        .join(' ');
      return { date: null, signature, badDate: noDateNote(signature), rest: lines.slice(0, -n) };
    }
    const badDate = last !== undefined && last.kind === 'text' ? badClosingDateNote(last.plain) : null;
    return { date: null, signature: null, badDate, rest: [...lines] };
  }
  const before = lines[lines.length - 2];
  if (before && before.kind === 'text' && looksLikeSignature(before.plain, title)) {
    // A joint report signs with two organs on two lines (中共某县委 / 某县人民政府).
    const above = lines[lines.length - 3];
    if (
      above &&
      above.kind === 'text' &&
      [...above.plain].length >= 3 &&
      isLabelLine(above.plain) &&
      ORGAN_NAME_ENDING.test(above.plain) &&
      title !== null &&
      squashSpaces(title).startsWith(squashSpaces(above.plain + before.plain))
    )
      return { date, signature: `${above.plain} ${before.plain}`, badDate: null, rest: lines.slice(0, -3) };
    return { date, signature: before.plain, badDate: null, rest: lines.slice(0, -2) };
  }
  return { date, signature: null, badDate: null, rest: lines.slice(0, -1) };
}

/**
 * How many of the last lines (one, or two or three for a joint report's organs, one a line) name the
 * organ or organs the title names, with no date after them (a date field with no result saved, an empty
 * date control, a date not written yet): the 署名 all the same, not body text. 0 when they do not.
 */
export function signatureLinesWithoutDate(texts: readonly string[], title: string | null): number {
  const org = title !== null ? parseTitle(title)?.org : undefined;
  if (org === undefined || org === '') return 0;
  for (let n = 1; n <= Math.min(3, texts.length); n++) {
    const lines = texts.slice(-n);
    if (!lines.every((l) => isLabelLine(l))) return 0;
    if (squashSpaces(lines.join('')) === squashSpaces(org)) return n;
  }
  return 0;
}

/** The imports' note on a 署名 with no 成文日期 under it. */
export function noDateNote(signature: string): string {
  return `署名“${signature}”后没有成文日期（日期域或日期控件也没有显示日期）：请补写成文日期。`;
}

/**
 * The line before the date is the 署名 when it names an organ: the org of the title, or a short line
 * ending like an organ's name. ("无" closing section 七 right above the date is not a signature.)
 */
export function looksLikeSignature(plain: string, title: string | null): boolean {
  if (!isLabelLine(plain) || parseDateLine(plain)) return false;
  if (title !== null && title.replace(/[\s\u3000]/g, '').startsWith(plain.replace(/[\s\u3000]/g, '')))
    return true;
  return [...plain].length >= 3 && ORGAN_NAME_ENDING.test(plain);
}

/** The text without its spaces (full-width ones too): how a title, a 署名 or a date is compared. */
export function squashSpaces(s: string): string {
  return s.replace(/[\s\u3000]/gu, '');
}

/** Where an 附件 page starts: its mark line right after a 成文日期 (and any 附注), or -1. */
function attachmentStart(lines: readonly Line[], from = 0): number {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== 'text' || !isAttachmentMark(l.plain)) continue;
    let k = i - 1;
    while (k >= 0 && lines[k]!.kind === 'text' && isClosingTrailer(lines[k]!.plain)) k--;
    const before = lines[k];
    if (
      before !== undefined &&
      before.kind === 'text' &&
      (parseDateLine(before.plain) !== null || signatureAndDate(before.plain) !== null)
    )
      return i;
  }
  return -1;
}

/** A cover letter says what it sends: "关于报送…的函", "现将…报送你办". */
const COVER_LETTER = /报送|呈报|上报|呈送/u;

/** A cover letter is a few lines; a report without numbered parts is longer. */
const MAX_COVER_LETTER_LINES = 20;

/**
 * A cover letter (报送函: "关于报送…报告的函", a few lines, its 署名 and 成文日期) with the report as its
 * 附件: the letter says it sends the report and has no numbered parts, the 附件 has them. The lines of
 * the report (from its title, under the 附件 mark), or null when the text is not so.
 */
export function afterCoverLetter(lines: readonly Line[]): Line[] | null {
  const start = attachmentStart(lines);
  if (start < 0 || start > MAX_COVER_LETTER_LINES) return null;
  const letter = lines.slice(0, start);
  if (letter.some((l) => l.kind === 'section') || !letter.some((l) => COVER_LETTER.test(l.plain)))
    return null;
  const report = lines.slice(start + 1);
  return report.filter((l) => l.kind === 'section').length >= 2 ? report : null;
}

export interface AttachmentPages {
  /** The lines before the first 附件 page (the report, its closing last). */
  rest: Line[];
  /** The title of each 附件 page (the line under its "附件N"), in order. */
  names: string[];
  /** The lines of each page under its title (a table's rows, a list), in the order of `names`. */
  texts: Line[][];
}

/**
 * 附件 pages copied after the 成文日期 (a statistics table, a list): each starts with a line "附件" or
 * "附件N", its title under it. Taken only where such a line follows the 成文日期 (and any 附注), so a
 * 附件 mentioned in the body never cuts it.
 */
export function takeAttachmentPages(lines: readonly Line[]): AttachmentPages {
  const isMark = (l: Line | undefined) => l !== undefined && l.kind === 'text' && isAttachmentMark(l.plain);
  const start = attachmentStart(lines);
  if (start < 0) return { rest: [...lines], names: [], texts: [] };
  const names: string[] = [];
  const texts: Line[][] = [];
  for (let i = start; i < lines.length; i++) {
    const title = lines[i + 1];
    if (
      isMark(lines[i]) &&
      title &&
      title.kind === 'text' &&
      !isMark(title) &&
      isLabelLine(title.plain, 60)
    ) {
      names.push(title.plain);
      texts.push([]);
      i++;
    } else if (!isMark(lines[i]) && texts.length > 0) texts[texts.length - 1]!.push(lines[i]!);
  }
  return { rest: lines.slice(0, start), names, texts };
}

/**
 * A last line that was meant as the 成文日期 but is not a whole date: "2026年1月" without its day, or a day
 * the calendar lacks ("2026年2月30日"). Both importers keep it as text and say so, in the same words.
 */
const LOOKS_DATED =
  /^(?:[12]\d{3}|[〇零○ＯO一二三四五六七八九]{4})\s*年(?:.*日|\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)$/u;

/** The note for a last line that looks like a date and is not one; null when it is a date or no date. */
export function badClosingDateNote(plain: string): string | null {
  const written = plain.trim();
  const s = halfWidthDigits(written);
  if (parseDateLine(s) !== null || !LOOKS_DATED.test(s)) return null;
  return s.endsWith('月')
    ? `文末“${written}”缺少日，不是完整的成文日期，已作为正文保留；请在报告信息中填写成文日期。`
    : `文末“${written}”不是有效日期，已作为正文保留。`;
}

/** A place's name, not an organ's: "阿克苏地区温宿县", "某市某区". */
const PLACE_END = /(?:省|自治区|市|地区|州|盟|县|区|旗|镇|乡)$/u;

/**
 * "关于阿克苏地区温宿县2025年法治政府建设情况的报告" signed 温宿县人民政府: a title opening with 关于 names
 * no organ, and the place after 关于 is the report's subject. The organ is the 署名 when it opens with the
 * end of that place's name without its upper levels (温宿县…); null otherwise, the title's words standing
 * (关于青山镇… signed 青山镇人民政府 is a shorter form of the organ, the 署名 item's reminder).
 */
export function organOfSubject(title: string, subject: string, signature: string | null): string | null {
  if (!signature || !/^[\s\u3000]*关于/u.test(title) || !PLACE_END.test(subject)) return null;
  if (signature === subject || (signature.length <= subject.length && subject.endsWith(signature)))
    return null;
  for (let i = 1; i <= subject.length - 2; i++) if (signature.startsWith(subject.slice(i))) return signature;
  return null;
}

/** The import note for organOfSubject's finding, the same in the text and the Word import. */
export function subjectOrganNote(subject: string, organ: string): string {
  return `标题以“关于”开头，“${subject}”是报告的事由，不是发文机关；机关名称按署名“${organ}”导入，请核对。`;
}
