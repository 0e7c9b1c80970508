/**
 * A 法治办's notice (关于做好20XX年度法治政府建设年度报告工作的通知) → an outline template. The outline sits
 * inside one of the notice's own numbered parts (二、报告内容（提纲）), numbered with a second run of
 * 一、, one level down with （一）, or with 1.; under each heading come guidance lines and sometimes a
 * 字数 hint. The report year and the year after become {year} and {nextYear}; other years (纲要
 * 2021－2025年) stay as written. The statutory items attach by heading meaning (./own-outline.ts).
 */
import type { Template, TemplateItem, TemplateSection } from './schema';
import { attachStatutoryItems, short as shortOf } from './own-outline';
import { headingConcepts, unitKindOf, UnitKindSchema, type UnitKind, type Vocabulary } from './vocabulary';

export interface ParsedNotice {
  /** The notice's title, if found. */
  title: string | null;
  /** The report year the notice asks about. */
  year: number | null;
  sections: {
    heading: string;
    guidance: string[];
    minChars: number;
    maxChars?: number;
    optional?: boolean;
  }[];
  /** The whole report's 字数 limit (全文不超过5000字), 0 when the notice sets none. */
  maxChars?: number;
  /**
   * The notice's own 附件 that units fill in and send as files of their own (述法报告, 数据统计表):
   * names without 格式参考 and years; the outline itself and a 年度报告 form are not among them.
   */
  attachmentsApart?: string[];
  /** The 主送 line (各县（市、区）人民政府，市直各单位：), if found. */
  addressees?: string | null;
  /** 报送 / 公开 deadlines found in the text (month and day in the year after the report year). */
  deadlines: { id: string; title: string; month: number; day: number; who?: string }[];
  /** Who issued it (the line before the closing date). */
  issuer: string | null;
}

const CN = '[一二三四五六七八九十]{1,3}';
const LEVELS: { level: number; re: RegExp }[] = [
  { level: 1, re: new RegExp(`^${CN}[、．.]\\s*`, 'u') },
  { level: 2, re: new RegExp(`^[（(]${CN}[）)]\\s*`, 'u') },
  // "第一部分  2025年度…": an outline's parts named as such sit one level below the notice's 一、.
  { level: 2, re: new RegExp(`^第${CN}部分[：:、．.]?\\s*`, 'u') },
  // 1． is a number even before a year (1．2025年度…); 1.5 is not.
  { level: 3, re: /^[1-9]\d?(?:\.(?!\d)|\.(?=20\d{2}\s*年)|．|、)\s*/u },
];

interface NoticeLine {
  text: string;
  level: number | null;
  /** Text after the number. */
  body: string;
}

const DIGITS = '一二三四五六七八九';
/** 一、 → 1, 十二、 → 12 (up to 九十九). */
function numberOf(text: string): number {
  const m = /^([一二三四五六七八九十]{1,3})/u.exec(text);
  if (!m) return 0;
  const t = m[1]!;
  const i = t.indexOf('十');
  if (i < 0) return DIGITS.indexOf(t) + 1;
  const tens = i === 0 ? 1 : DIGITS.indexOf(t[0]!) + 1;
  const ones = i === t.length - 1 ? 0 : DIGITS.indexOf(t[i + 1]!) + 1;
  return tens * 10 + ones;
}

function clean(line: string): string {
  return line
    .replace(/^#{1,6}\s*/u, '')
    .replace(/^\*\*(.*)\*\*$/u, '$1')
    .replace(/^[>\-*]\s+/u, '')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
}

function classify(text: string): NoticeLine {
  for (const { level, re } of LEVELS) {
    const m = re.exec(text);
    if (m && text.length > m[0].length) return { text, level, body: text.slice(m[0].length).trim() };
  }
  return { text, level: null, body: text };
}

const OUTLINE_PART = /提纲|报告内容|主要内容|内容要点|报告要点|撰写要求和提纲/u;
/** A part of the notice itself, not of the outline (三、组织保障 after the outline's 二、). */
const NOTICE_PART =
  /^(?:报送|有关要求|工作要求|其他要求|其他事项|联系|组织保障|组织领导|时间安排|时间要求|材料报送|注意事项|公开要求|审议要求)/u;
/** An unnumbered line that leads into the outline inside another part: "年度报告按以下提纲撰写：". */
const OUTLINE_LEAD = /(?:按|按照)(?:以下|如下|下列)提纲|提纲如下|提纲[：:]$/u;
const WORDS =
  /(不少于|不低于|不超过|原则上不超过|不宜超过|约|控制在)?\s*(\d{3,5})\s*字(左右|以内|以上|之内)?/gu;
/** A weekday in brackets after a date: 1月20日（星期二）前. */
const WEEKDAY = '(?:\\s*[（(](?:星期|周)[一二三四五六日天][）)])?';
/** A 字数 that is a ceiling, not a minimum. */
const AT_MOST = /不超过|不宜超过|控制在|以内|之内/u;
/** Said of the whole report, not of one part. */
const WHOLE = /全文|报告全文|总字数|篇幅|总体字数|报告字数/u;
/** A part the notice lets a unit leave out ("如无其他需要报告的情况，可不写"). */
const OPTIONAL = /可不写|可以不写|可不填|可不报|可省略|无则不写/u;
/** 填写说明 in brackets around a heading's guidance: the words, not the brackets. */
function unbracket(text: string): string {
  return (
    text
      .replace(/^[【〔[（(]\s*(?:填写|撰写|编写)?(?:说明|要求|提示)[：:]\s*/u, '')
      // The label without brackets: "填写说明：实事求是……", "撰写要求：措施具体。"
      .replace(/^(?:填写|撰写|编写|填报)(?:说明|要求|提示)[：:]\s*/u, '')
      .replace(/^[【〔[]/u, '')
      .replace(/[】〕\]]$/u, '')
      .replace(/^[（(](.*)[）)]$/u, '$1')
      .trim()
  );
}

/** An outline row's own number before its heading: 一、 or （一）. */
const ROW_NUMBER = new RegExp(`^(?:${CN}[、．.]|[（(]${CN}[）)])\\s*`, 'u');
/** The 内容 column's header of an outline table. */
const CONTENT_HEADER = /^(?:内容|提纲|报告提纲|提纲内容|标题|报告内容)$/u;

const SERIAL = new RegExp(`^(?:\\d{1,2}|${CN})[、．.]?$`, 'u');

/**
 * "2000字左右" / "约2000字" asks for about that much: a part falls short below this share of it (a
 * report at 1,950 characters has written 2000字左右).
 */
const ABOUT_SHARE = 0.8;

/** One 字数 of a text: its number, whether it is a ceiling, and whether it is said of the whole report. */
function wordCounts(text: string): { chars: number; atMost: boolean; about: boolean; whole: boolean }[] {
  return [...text.matchAll(WORDS)].map((m) => ({
    chars: Number(m[2]),
    about: /左右/u.test(m[3] ?? '') || m[1] === '约',
    // "控制在3000字左右" is a length to aim at, not a ceiling.
    atMost: AT_MOST.test((m[1] ?? '') + (m[3] ?? '')) && !/左右/u.test(m[3] ?? '') && m[1] !== '约',
    whole: WHOLE.test(text.slice(Math.max(0, m.index - 12), m.index)),
  }));
}

/**
 * Cells of a table row read as one line: a tab (copied out of Word), or the two full-width spaces a
 * Word table row is read with (CELL_GAP in core/model/table-row.ts). Empty cells are kept: the row is
 * matched to its header by position.
 */
const CELL_GAP = /\t|\u3000{2,}/u;

/**
 * An outline given as a table (附件 报告提纲, columns 序号 | 内容 | 要求): Markdown rows, a Word table or the
 * tab-separated rows of a table copied out of Word. The 内容 column is the heading, the others guidance.
 */
function tableOutline(lines: readonly string[]): { heading: string; guidance: string[] }[] {
  const rows = lines
    .map((l) => l.trim())
    .filter((l) => /^\|.*\|$/u.test(l) || CELL_GAP.test(l))
    .map((l) => (l.startsWith('|') ? l.slice(1, -1).split('|') : l.split(CELL_GAP)).map((c) => c.trim()))
    .filter((cells) => cells.length >= 2 && !cells.every((c) => /^:?-{3,}:?$/u.test(c) || c === ''));
  const header = rows.findIndex((cells) => cells.some((c) => CONTENT_HEADER.test(c)));
  if (header < 0) return [];
  const cols = rows[header]!;
  const content = cols.findIndex((c) => CONTENT_HEADER.test(c));
  const out: { heading: string; guidance: string[] }[] = [];
  for (const cells of rows.slice(header + 1)) {
    if (cells.length !== cols.length) break;
    const heading = (cells[content] ?? '').replace(ROW_NUMBER, '');
    if (!heading) continue;
    const guidance = cells.filter((c, i) => i !== content && c !== '' && !SERIAL.test(c));
    out.push({ heading, guidance });
  }
  return out;
}

/** "2025年度…" in the title, else the first year followed by 年度. */
function noticeYear(title: string | null, text: string): number | null {
  const m = /(20\d{2})\s*年度?/u.exec(title ?? '') ?? /(20\d{2})\s*年度/u.exec(text);
  return m ? Number(m[1]) : null;
}

/** The report year and the next as placeholders; ranges (2021－2025年) and dates stay. */
export function yearPlaceholders(text: string, year: number): string {
  return text.replace(
    /(?<![0-9\-－—–~～])(20\d{2})(?=\s*年(?!\s*\d{1,2}\s*月))(?!\s*年?\s*[-－—–~～至])/gu,
    (y) => (Number(y) === year ? '{year}' : Number(y) === year + 1 ? '{nextYear}' : y),
  );
}

function splitHeadingAndGuidance(body: string): { heading: string; rest: string } {
  // "（一）主要举措和成效。围绕……" or "……（不少于1500字）": the heading ends at the first 。 or ：
  const m = /^(.*?)[。：:](.*)$/u.exec(body);
  if (m && m[1]!.length >= 2) return { heading: m[1]!, rest: m[2]!.trim() };
  return { heading: body, rest: '' };
}

export function parseNotice(input: string): ParsedNotice {
  const lines = input
    .replace(/^\ufeff/u, '')
    .split(/\r\n|\r|\n/u)
    .map(clean)
    .filter((l) => l !== '')
    .map(classify);
  const title = lines.find((l) => l.level === null && /通知$/u.test(l.text))?.text ?? null;
  const year = noticeYear(title, input);

  // The notice's own part that holds the outline, and the level its headings use inside it; or, in a
  // part about something else (一、年度报告), the line that leads into it ("按以下提纲撰写：").
  let partAt = lines.findIndex((l) => l.level === 1 && OUTLINE_PART.test(l.body));
  if (partAt < 0) partAt = lines.findIndex((l) => l.level === null && OUTLINE_LEAD.test(l.text));
  const partLevel = partAt >= 0 ? (lines[partAt]!.level ?? 0) : 0;
  let from = partAt + 1;
  let to = lines.length;
  if (partAt >= 0) {
    // The part ends at the notice's next part: a 一、-level line that is not a second run of the outline.
    const inner = lines.slice(from).find((l) => l.level !== null);
    const innerLevel = inner?.level ?? 2;
    let lastNumber = inner ? numberOf(inner.text) : 0;
    for (let i = from; i < lines.length; i++) {
      const l = lines[i]!;
      if (innerLevel === 1 && partLevel === 1) {
        // A second run of 一、 inside the part: it ends where the numbers go back (the notice's 三、
        // after the outline's 三、) or at a line that reads like the notice's own part.
        if (l.level !== 1 || i === from) continue;
        const n = numberOf(l.text);
        if (n <= lastNumber || NOTICE_PART.test(l.body)) {
          to = i;
          break;
        }
        lastNumber = n;
      } else if (l.level !== null && l.level < innerLevel) {
        to = i;
        break;
      } else if (l.level === null && /^附件[：:\d１-９一二三]?/u.test(l.text)) {
        // The 附件 list or an attachment after the closing.
        to = i;
        break;
      }
    }
  } else from = 0;
  const scope = lines.slice(from, to);
  const headingLevel = scope.find((l) => l.level !== null)?.level ?? null;

  type Section = ParsedNotice['sections'][number];
  let sections: Section[] = [];
  for (const l of scope) {
    if (headingLevel !== null && l.level === headingLevel) {
      const { heading, rest } = splitHeadingAndGuidance(l.body);
      sections.push({ heading, guidance: rest ? [rest] : [], minChars: 0 });
      continue;
    }
    const current = sections[sections.length - 1];
    if (current) current.guidance.push(l.text);
  }
  // An outline in a table (附件 报告提纲 | 序号 | 内容 | 要求) is the outline, whatever the text around
  // it numbers: the text then only points to it ("按照提纲（见附件）撰写").
  const table = tableOutline(input.replace(/^\ufeff/u, '').split(/\r\n|\r|\n/u));
  if (table.length >= 2) sections = table.map((t) => ({ ...t, minChars: 0 }));

  let maxChars = 0;
  for (const s of sections) {
    let hint = '';
    s.heading = s.heading.replace(/[（(][^）)]*\d+\s*字[^）)]*[）)]$/u, (m) => ((hint = m), '')).trim();
    s.guidance = s.guidance.map(unbracket).filter((g) => g !== '');
    for (const w of wordCounts(hint + s.guidance.join(''))) {
      if (w.whole) {
        if (w.atMost) maxChars = maxChars || w.chars;
      } else if (w.atMost) s.maxChars ??= w.chars;
      else if (s.minChars === 0) s.minChars = w.about ? Math.round(w.chars * ABOUT_SHARE) : w.chars;
    }
    if (OPTIONAL.test(s.guidance.join(''))) s.optional = true;
  }
  // A ceiling for the whole report anywhere in the notice ("报告全文不超过5000字").
  if (maxChars === 0) maxChars = wordCounts(input).find((w) => w.whole && w.atMost)?.chars ?? 0;

  // The notice's 附件 list ("附件：1．…" and the numbered lines after it).
  const attachmentsApart: string[] = [];
  const listAt = lines.findIndex((l) => l.level === null && /^附件[：:]/u.test(l.text));
  if (listAt >= 0) {
    const names = [lines[listAt]!.text.replace(/^附件[：:]\s*/u, '')];
    for (const l of lines.slice(listAt + 1)) {
      if (!/^\d{1,2}\s*[．.、]/u.test(l.text)) break;
      names.push(l.text);
    }
    for (const raw of names) {
      const name = raw
        .replace(/^\d{1,2}\s*[．.、]\s*/u, '')
        .replace(/(?:格式参考|参考格式|参考模板|模板|样表|样式|参考文本)$/u, '')
        .replace(/20\d{2}\s*年度?/gu, '')
        .replace(/^[《“]|[》”]$/gu, '')
        .trim();
      if (name && !/提纲|^年度报告$|法治政府建设年度报告$/u.test(name)) attachmentsApart.push(name);
    }
  }

  // The 主送 line: before the notice's first part, ending in a colon.
  const firstPart = lines.findIndex((l) => l.level !== null);
  const addressees =
    lines
      .slice(0, firstPart < 0 ? 8 : firstPart)
      .find((l) => /[：:]$/u.test(l.text) && /各|单位|部门|政府|办事处/u.test(l.text) && l.text.length <= 80)
      ?.text.replace(/[：:]$/u, '') ?? null;

  // 报送 dates, one for each kind of unit when the notice sets several ("县政府各部门于1月15日前…；各乡镇
  // 人民政府于1月25日前…"): `who` is the start of the date's sentence, its subject.
  const deadlines: ParsedNotice['deadlines'] = [];
  for (const m of input.matchAll(
    new RegExp(`(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日${WEEKDAY}\\s*(?:前|之前)[^。；\\n]*报送`, 'gu'),
  )) {
    const start =
      Math.max(
        input.lastIndexOf('。', m.index),
        input.lastIndexOf('；', m.index),
        input.lastIndexOf('\n', m.index),
      ) + 1;
    const who = /^(.*?)(?:于|应当|应|在|的|要|须|请|将|务必|(?:20\d{2}\s*年))/u
      .exec(clean(input.slice(start, m.index)).replace(LEVELS[1]!.re, ''))?.[1]
      ?.trim();
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (deadlines.some((d) => d.month === month && d.day === day)) continue;
    deadlines.push({ id: 'filing', title: '报送', month, day, ...(who ? { who } : {}) });
  }
  // "报送截止时间为2026年1月20日", "报送时间：2026年1月20日（星期二）前" name the date after 报送.
  if (!deadlines.some((d) => d.id === 'filing')) {
    const m =
      /报送(?:截止)?(?:时间|日期)[为是：:\s]*(?:20\d{2}\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(
        input,
      );
    if (m) deadlines.push({ id: 'filing', title: '报送', month: Number(m[1]), day: Number(m[2]) });
  }
  const publishing = new RegExp(
    `(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日${WEEKDAY}\\s*(?:前|之前)[^。；]*公开`,
    'u',
  ).exec(input);
  if (publishing)
    deadlines.push({
      id: 'publishing',
      title: '向社会公开',
      month: Number(publishing[1]),
      day: Number(publishing[2]),
    });

  // The issuer: the short line before the closing date (the last date on a line of its own; 附件 may
  // follow it).
  let issuer: string | null = null;
  for (let i = lines.length - 1; i > 0; i--) {
    if (!/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u.test(lines[i]!.text)) continue;
    const before = lines[i - 1]!;
    if (before.level === null && before.text.length <= 30 && !/[。，；：]/u.test(before.text))
      issuer = before.text;
    break;
  }
  return { title, year, sections, deadlines, issuer, maxChars, addressees, attachmentsApart };
}

/** A stable id for a notice's outline: user- and a short hash of its headings. */
function outlineId(headings: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const c of headings.join('|')) {
    h ^= c.codePointAt(0)!;
    h = Math.imul(h, 0x01000193);
  }
  return `user-${(h >>> 0).toString(36)}`;
}

export interface NoticeTemplateOptions {
  statutory: Template;
  vocabulary: Vocabulary;
  /** Override the template id (lowercase letters, digits, -). */
  id?: string;
  name?: string;
}

/**
 * The kinds of unit a notice goes to, read from its 主送 line ("各乡镇党委、人民政府，各街道党工委、
 * 办事处"): each addressee by the vocabulary's unit-kind patterns, "市直各单位" / "县政府各部门" as 部门.
 * All kinds when the line is missing or names one the patterns do not know.
 */
function addresseeKinds(addressees: string | null | undefined, vocab: Vocabulary): UnitKind[] {
  const all = [...UnitKindSchema.options];
  if (!addressees) return all;
  const kinds = new Set<UnitKind>();
  for (const group of addressees.split(/[，,；;]/u)) {
    const name = group
      .replace(/^各/u, '')
      .replace(/[、\s（）()]/gu, '')
      .replace(/各/gu, '');
    if (name === '') continue;
    // A 依法治X办 passes the notice on to its 党委、政府 and their units: any kind.
    if (/依法治/u.test(name)) return all;
    const kind =
      unitKindOf(name, vocab) ?? (/单位|部门|机构|直属|部委|厅局|委办局/u.test(name) ? 'department' : null);
    if (kind === null) return all;
    kinds.add(kind);
  }
  return kinds.size > 0 ? all.filter((k) => kinds.has(k)) : all;
}

/**
 * The notice's dates as template deadlines. When it sets several 报送 dates, each for its own units, a
 * date carries the vocabulary's patterns of the 机关 it is for (the deadlines rule reads the report's
 * 机关 against them); a single date is for every unit.
 */
function noticeDeadlines(notice: ParsedNotice, vocab: Vocabulary): Template['deadlines'] {
  const filings = notice.deadlines.filter((d) => d.id === 'filing');
  return notice.deadlines.map(({ who, ...d }) => {
    if (d.id !== 'filing' || filings.length < 2) return d;
    const kinds = addresseeKinds(who, vocab);
    if (kinds.length === UnitKindSchema.options.length) return d;
    const orgs = vocab.unitKinds.filter((k) => kinds.includes(k.kind)).flatMap((k) => k.patterns);
    return orgs.length > 0 ? { ...d, orgs } : d;
  });
}

/** An item held to `chars` at least: its minLength rules, and its hint's own 字数 ("不少于600字"). */
function withMinChars(item: TemplateItem, chars: number): TemplateItem {
  return {
    ...item,
    hint: item.hint.replace(/不少于\d+字/gu, `不少于${chars}字`),
    rules: item.rules.map((r) => (r.kind === 'minLength' ? { ...r, chars } : r)),
  };
}

/** The template of a parsed notice; throws when no outline headings were found. */
export function templateFromNotice(notice: ParsedNotice, options: NoticeTemplateOptions): Template {
  if (notice.sections.length === 0)
    throw new Error('通知中没有找到提纲标题（如“（一）……”） / no outline headings found in the notice');
  const year = notice.year ?? 0;
  const sections: TemplateSection[] = notice.sections.map((s, i) => {
    const heading = year ? yearPlaceholders(s.heading, year) : s.heading;
    const guidance = (year ? yearPlaceholders(s.guidance.join(''), year) : s.guidance.join('')).trim();
    const words = [
      s.minChars ? `不少于${s.minChars}字` : '',
      s.maxChars ? `不超过${s.maxChars}字` : '',
    ].filter(Boolean);
    return {
      id: `part-${i + 1}`,
      heading,
      short: shortOf(heading) || `第${i + 1}部分`,
      guidance:
        guidance ||
        `按通知要求撰写“${heading.replaceAll('{year}', '本').replaceAll('{nextYear}', '下一')}”${words.length ? `，${words.join('、')}` : ''}。`,
      required: !s.optional,
      minChars: s.minChars,
      topics: [],
      aliases: [],
    };
  });
  // 其他需要报告的情况 is asked for only when the notice's outline has such a part: a notice that
  // prescribes its outline without it does not want one (the own outline, with no notice, still asks).
  const hasOther = sections.some((s) => headingConcepts(s.heading, options.vocabulary).has('other'));
  const otherSection = options.vocabulary.concepts.find((c) => c.id === 'other')?.statutorySection;
  const unitKinds = addresseeKinds(notice.addressees, options.vocabulary);
  // A notice for one kind of unit alone checks what the vocabulary says of that kind.
  const forKind =
    unitKinds.length === 1
      ? options.vocabulary.unitKinds.find((k) => k.kind === unitKinds[0])?.noticeChecklist
      : undefined;
  const statutory = {
    ...options.statutory,
    items: options.statutory.items
      .filter((i) => (hasOther || i.section !== otherSection) && !forKind?.leaveOut.includes(i.id))
      .map((i) => {
        const chars = forKind?.minChars[i.id];
        return chars === undefined ? i : withMinChars(i, chars);
      }),
  };
  const apart = notice.attachmentsApart ?? [];
  const attached = attachStatutoryItems(sections, statutory, options.vocabulary).map((item) =>
    apart.length === 0
      ? item
      : {
          ...item,
          rules: item.rules.map((r) => (r.kind === 'attachments' ? { ...r, apart } : r)),
        },
  );
  const items = attached.map((item) => {
    if (item.section === null) return item;
    const s = sections.find((x) => x.id === item.section)!;
    // A part the notice lets a unit leave out ("如无…可不写") is advice, not a mandate.
    const severity = s.required ? item.severity : 'warn';
    // A 字数 hint of the notice is the section's minimum (not the statutory template's).
    return s.minChars === 0 ? { ...item, severity } : { ...withMinChars(item, s.minChars), severity };
  });
  // The notice's 字数 ceilings: a part's (300字以内) and the whole report's (全文不超过5000字). Advice: a
  // report a little over is sent back for trimming, not refused.
  notice.sections.forEach((s, i) => {
    if (!s.maxChars) return;
    const section = sections[i]!;
    items.push({
      id: `${section.id}-max-length`,
      title: `“${section.short}”字数不超过${s.maxChars}字`,
      section: section.id,
      severity: 'warn',
      hint: `通知要求这一部分不超过${s.maxChars}字，请精简。`,
      rules: [{ kind: 'maxLength', chars: s.maxChars }],
      basis: '本地通知的字数要求',
    });
  });
  if (notice.maxChars)
    items.push({
      id: 'max-length',
      title: `报告全文不超过${notice.maxChars}字`,
      section: null,
      severity: 'warn',
      hint: `通知要求报告全文不超过${notice.maxChars}字，请精简。`,
      rules: [{ kind: 'maxLength', chars: notice.maxChars }],
      basis: '本地通知的字数要求',
    });
  const name =
    options.name ??
    `${notice.issuer ?? '本地'}${notice.year ? `${notice.year}年度` : ''}提纲（${sections.length}部分）`;
  return {
    id: options.id ?? outlineId(sections.map((s) => s.heading)),
    name,
    audience: unitKinds.length === 1 ? unitKinds[0]! : 'department',
    // A notice goes to the units its 主送 line names (各县（市、区）人民政府，市直各单位).
    unitKinds,
    origin: 'user',
    description: `从${notice.title ? `《${notice.title}》` : '通知'}导入的提纲。`,
    titlePattern: options.statutory.titlePattern,
    recipient: null,
    sections,
    items,
    deadlines:
      notice.deadlines.length > 0 ? noticeDeadlines(notice, options.vocabulary) : options.statutory.deadlines,
  };
}

/**
 * The template without one of its parts (a heading the notice reader took for a part and the clerk
 * removes): the part's items read the whole report instead, except a 字数 ceiling of that part (300字
 * 以内), which would hold the whole report to it.
 */
export function withoutSection(template: Template, id: string): Template {
  return {
    ...template,
    sections: template.sections.filter((s) => s.id !== id),
    items: template.items
      .filter((it) => !(it.section === id && it.rules.some((r) => r.kind === 'maxLength')))
      .map((it) => (it.section === id ? { ...it, section: null } : it)),
  };
}
