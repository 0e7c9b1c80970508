/**
 * A 法治办's notice (关于做好20XX年度法治政府建设年度报告工作的通知) → an outline template. The outline sits
 * inside one of the notice's own numbered parts (二、报告内容（提纲）), numbered with a second run of
 * 一、, one level down with （一）, or with 1.; under each heading come guidance lines and sometimes a
 * 字数 hint. The report year and the year after become {year} and {nextYear}; other years (纲要
 * 2021－2025年) stay as written. The statutory items attach by heading meaning (./own-outline.ts).
 */
import type { Template, TemplateSection } from './schema';
import { attachStatutoryItems, short as shortOf } from './own-outline';
import type { Vocabulary } from './vocabulary';

export interface ParsedNotice {
  /** The notice's title, if found. */
  title: string | null;
  /** The report year the notice asks about. */
  year: number | null;
  sections: { heading: string; guidance: string[]; minChars: number }[];
  /** 报送 / 公开 deadlines found in the text (month and day in the year after the report year). */
  deadlines: { id: string; title: string; month: number; day: number }[];
  /** Who issued it (the line before the closing date). */
  issuer: string | null;
}

const CN = '[一二三四五六七八九十]{1,3}';
const LEVELS: { level: number; re: RegExp }[] = [
  { level: 1, re: new RegExp(`^${CN}[、．.]\\s*`, 'u') },
  { level: 2, re: new RegExp(`^[（(]${CN}[）)]\\s*`, 'u') },
  { level: 3, re: /^[1-9]\d?(?:[.．](?!\d)|、)\s*/u },
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
const WORDS = /(?:不少于|不低于|不超过|原则上不超过|约|控制在)?\s*(\d{3,5})\s*字(?:左右|以内|以上)?/u;

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

  // The notice's own part that holds the outline, and the level its headings use inside it.
  const partAt = lines.findIndex((l) => l.level === 1 && OUTLINE_PART.test(l.body));
  let from = partAt + 1;
  let to = lines.length;
  if (partAt >= 0) {
    // The part ends at the notice's next part: a 一、-level line that is not a second run of the outline.
    const inner = lines.slice(from).find((l) => l.level !== null);
    const innerLevel = inner?.level ?? 2;
    let lastNumber = inner ? numberOf(inner.text) : 0;
    for (let i = from; i < lines.length; i++) {
      const l = lines[i]!;
      if (innerLevel === 1) {
        // A second run of 一、 inside the part: it ends where the numbers go back (the notice's 三、
        // after the outline's 三、) or at a line that reads like the notice's own part.
        if (l.level !== 1 || i === from) continue;
        const n = numberOf(l.text);
        if (n <= lastNumber || /^(?:报送|有关要求|工作要求|其他要求|其他事项|联系)/u.test(l.body)) {
          to = i;
          break;
        }
        lastNumber = n;
      } else if (l.level === 1) {
        to = i;
        break;
      }
    }
  } else from = 0;
  const scope = lines.slice(from, to);
  const headingLevel = scope.find((l) => l.level !== null)?.level ?? null;

  const sections: ParsedNotice['sections'] = [];
  for (const l of scope) {
    if (headingLevel !== null && l.level === headingLevel) {
      const { heading, rest } = splitHeadingAndGuidance(l.body);
      sections.push({ heading, guidance: rest ? [rest] : [], minChars: 0 });
      continue;
    }
    const current = sections[sections.length - 1];
    if (current) current.guidance.push(l.level === null ? l.text : l.text);
  }
  for (const s of sections) {
    const all = [s.heading, ...s.guidance].join('');
    const w = WORDS.exec(all);
    if (w && !/全文|报告全文|总字数/u.test(all.slice(Math.max(0, w.index - 8), w.index)))
      s.minChars = Number(w[1]);
    s.heading = s.heading.replace(/[（(][^）)]*\d+\s*字[^）)]*[）)]$/u, '').trim();
  }

  const deadlines: ParsedNotice['deadlines'] = [];
  const filing = /(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:前|之前)[^。；]*报送/u.exec(input);
  if (filing)
    deadlines.push({ id: 'filing', title: '报送', month: Number(filing[1]), day: Number(filing[2]) });
  const publishing = /(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:前|之前)[^。；]*公开/u.exec(input);
  if (publishing)
    deadlines.push({
      id: 'publishing',
      title: '向社会公开',
      month: Number(publishing[1]),
      day: Number(publishing[2]),
    });

  // The issuer: the short line before a closing date.
  let issuer: string | null = null;
  const last = lines[lines.length - 1];
  if (last && /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u.test(last.text)) {
    const before = lines[lines.length - 2];
    if (before && before.level === null && before.text.length <= 30 && !/[。，；]/u.test(before.text))
      issuer = before.text;
  }
  return { title, year, sections, deadlines, issuer };
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

/** The template of a parsed notice; throws when no outline headings were found. */
export function templateFromNotice(notice: ParsedNotice, options: NoticeTemplateOptions): Template {
  if (notice.sections.length === 0)
    throw new Error('通知中没有找到提纲标题（如“（一）……”） / no outline headings found in the notice');
  const year = notice.year ?? 0;
  const sections: TemplateSection[] = notice.sections.map((s, i) => {
    const heading = year ? yearPlaceholders(s.heading, year) : s.heading;
    const guidance = (year ? yearPlaceholders(s.guidance.join(''), year) : s.guidance.join('')).trim();
    return {
      id: `part-${i + 1}`,
      heading,
      short: shortOf(heading) || `第${i + 1}部分`,
      guidance:
        guidance ||
        `按通知要求撰写“${heading.replaceAll('{year}', '本').replaceAll('{nextYear}', '下一')}”。`,
      required: true,
      minChars: s.minChars,
      topics: [],
      aliases: [],
    };
  });
  const items = attachStatutoryItems(sections, options.statutory, options.vocabulary).map((item) => {
    // A 字数 hint of the notice is the section's minimum (not the statutory template's).
    if (item.section === null) return item;
    const s = sections.find((x) => x.id === item.section)!;
    if (s.minChars === 0) return item;
    return {
      ...item,
      rules: item.rules.map((r) => (r.kind === 'minLength' ? { ...r, chars: s.minChars } : r)),
    };
  });
  const name =
    options.name ??
    `${notice.issuer ?? '本地'}${notice.year ? `${notice.year}年度` : ''}提纲（${sections.length}部分）`;
  return {
    id: options.id ?? outlineId(sections.map((s) => s.heading)),
    name,
    audience: 'department',
    // A notice goes to every unit it names (各县（市、区）人民政府，市直各单位): any kind of unit.
    unitKinds: ['department', 'government', 'township'],
    origin: 'user',
    description: `从${notice.title ? `《${notice.title}》` : '通知'}导入的提纲。`,
    titlePattern: options.statutory.titlePattern,
    recipient: null,
    sections,
    items,
    deadlines: notice.deadlines.length > 0 ? notice.deadlines : options.statutory.deadlines,
  };
}
