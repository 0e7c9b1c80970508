/**
 * secrecy: a screen before publication — secrecy words (涉密, 内部资料 …), 18-digit resident ID numbers
 * with a valid check digit (GB 11643), and 11-digit mobile numbers. Words inside 《》 (a law's title such
 * as 《保守国家秘密法》) and words about protecting secrets (保护商业秘密) are not flagged.
 */
import type { RuleFn } from '../context';
import { ruleKey } from '../context';
import {
  blockAt,
  unitJoined,
  unitTexts,
  anyWordRegExp,
  MAX_EVIDENCE,
  quoteList,
  type JoinedText,
} from '../text';
import type { Evidence } from '../types';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999 check digit (ISO 7064 MOD 11-2). */
export function validIdNumber(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === id[17]!.toUpperCase();
}

const ID_RE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/gu;
const MOBILE_RE = /(?<![0-9])1[3-9]\d{9}(?![0-9])/gu;

interface Hit extends Evidence {
  what: string;
}

/**
 * Talk about protecting secrets is not a secret: "保守国家秘密", "保护商业秘密", "侵犯商业秘密案件".
 * A secrecy word right after these is not flagged.
 */
const PROTECTIVE_BEFORE = /(保守|保护|保密|泄露|泄漏|窃取|侵犯|侵害|商业|个人|技术)(国家|商业|工作|技术)?$/u;

function inTitleMarks(text: string, at: number): boolean {
  const open = text.lastIndexOf('《', at);
  return open >= 0 && text.lastIndexOf('》', at) < open;
}

/**
 * The secrecy words (`words`, global), ID numbers and mobile numbers in each block of a unit, in block
 * order and, within a block, words, then ID numbers, then mobile numbers. Each pattern scans the unit's
 * joined text once (unitJoined) instead of each block (a one-shot `gwdraft check` runs this cold, per
 * block): the same matches, because none of the patterns matches a newline and their look-arounds treat a
 * newline as they treat the start or end of a block (neither a digit nor a letter); whether a word sits in
 * 《》 or after 保护 is still judged in its own block's text.
 */
export function secrecyHits(
  texts: readonly string[],
  joined: JoinedText,
  words: RegExp,
): Omit<Hit, 'sectionId'>[] {
  const out: Omit<Hit, 'sectionId'>[] = [];
  const { text, starts } = joined;
  const scan = (re: RegExp, what: (m: RegExpExecArray, block: string, at: number) => string | null) => {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const blockIndex = blockAt(starts, m.index);
      const at = m.index - starts[blockIndex]!;
      const w = what(m, texts[blockIndex]!, at);
      if (w !== null) out.push({ blockIndex, offset: at, length: m[0].length, what: w });
    }
  };
  scan(words, (m, block, at) =>
    !inTitleMarks(block, at) && !PROTECTIVE_BEFORE.test(block.slice(Math.max(0, at - 6), at))
      ? `“${m[0]}”`
      : null,
  );
  scan(ID_RE, (m) => (validIdNumber(m[0]) ? '身份证号' : null));
  scan(MOBILE_RE, () => '手机号');
  // stable: within a block, words before ID numbers before mobile numbers, as block by block
  return out.sort((a, b) => a.blockIndex - b.blockIndex);
}

export const secrecy: RuleFn<'secrecy'> = (rule, scope, ctx) => {
  const key = ruleKey(rule);
  const words = anyWordRegExp(rule.words);
  const hits: Hit[] = [];
  for (const u of scope) {
    const unitHits = ctx.memo(u, key, () =>
      secrecyHits(unitTexts(u, ctx), unitJoined(u, ctx), words).map((h) => ({ sectionId: u.id, ...h })),
    );
    hits.push(...unitHits);
  }
  if (hits.length === 0)
    return { ok: true, message: `未发现${quoteList(rule.words, 3)}等字样、身份证号或手机号`, evidence: [] };
  const kinds = [...new Set(hits.map((h) => h.what))];
  return {
    ok: false,
    message: `发现${kinds.join('、')}（共${hits.length}处），公开前请做保密审查，删除个人信息`,
    evidence: hits
      .slice(0, MAX_EVIDENCE)
      .map(({ sectionId, blockIndex, offset, length }) => ({ sectionId, blockIndex, offset, length })),
  };
};
