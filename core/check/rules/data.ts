/**
 * dataDensity: achievements backed by data — numbers with units ("11 次", "8名", "100%", "3.5万元",
 * "三场") per 1,000 counted characters.
 */
import type { RuleFn } from '../context';
import { ruleKey } from '../context';
import {
  blockAt,
  unitChars,
  unitJoined,
  unitTexts,
  escapeRegExp,
  MAX_EVIDENCE,
  sectionStart,
  toEvidence,
  type BlockMatch,
  type JoinedText,
} from '../text';
import type { Evidence } from '../types';

/**
 * Fixed expressions written with a Chinese numeral and a unit that count nothing (GB/T 15835 keeps them
 * in Chinese): "两个维护", "四个意识", "三项制度"…, and a lone 一 ("一项重要工作", "一次性").
 */
const FIXED_AFTER = /^(意识|自信|维护|确立|全面|代表|务必|必须|制度|服务|之|性|起|线|把手)/u;

const cache = new WeakMap<readonly string[], RegExp>();

/** Arabic number (with 万/亿 multiplier) or a Chinese numeral of 2+ characters or 二…九十百千万, then a unit. */
export function dataRegExp(units: readonly string[]): RegExp {
  let re = cache.get(units);
  if (!re) {
    const u = [...units]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
    re = new RegExp(
      `(?<![0-9.])(?:\\d+(?:\\.\\d+)?[ \\t]*(?:余|多)?[万亿千]?|[一二两三四五六七八九十百千万]{2,}|[二两三四五六七八九十百千])(?:余|多)?[ \\t]*(?:${u})`,
      'gu',
    );
    cache.set(units, re);
  }
  return re;
}

/**
 * Numbers with units in each block, in order. Given the blocks' joined text (unitJoined), one scan of it
 * instead of one per block (a one-shot `gwdraft check` runs this cold, per block): the same matches, as
 * the pattern never matches a newline and its look-behind sees one as it sees a block's start (neither
 * a digit nor a point); what follows a match is still read in its own block.
 */
export function findData(
  sectionId: string,
  texts: readonly string[],
  re: RegExp,
  joined?: JoinedText,
): BlockMatch[] {
  const out: BlockMatch[] = [];
  if (joined) {
    re.lastIndex = 0;
    for (const m of joined.text.matchAll(re)) {
      const blockIndex = blockAt(joined.starts, m.index);
      const text = texts[blockIndex]!;
      const at = m.index - joined.starts[blockIndex]!;
      const after = text.slice(at + m[0].length, at + m[0].length + 2);
      if (/^[一二两三四五六七八九十百千]/u.test(m[0]) && FIXED_AFTER.test(after)) continue;
      out.push({ sectionId, blockIndex, offset: at, length: m[0].length, text: m[0] });
    }
    return out;
  }
  texts.forEach((text, blockIndex) => {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (/^[一二两三四五六七八九十百千]/u.test(m[0]) && FIXED_AFTER.test(after)) continue;
      out.push({ sectionId, blockIndex, offset: m.index, length: m[0].length, text: m[0] });
    }
  });
  return out;
}

export const dataDensity: RuleFn<'dataDensity'> = (rule, scope, ctx) => {
  const key = ruleKey(rule);
  let n = 0;
  let chars = 0;
  const evidence: Evidence[] = [];
  for (const u of scope) {
    const r = ctx.memo(u, key, () => ({
      found: findData(u.id, unitTexts(u, ctx), dataRegExp(rule.units), unitJoined(u, ctx)),
      chars: unitChars(u, ctx),
    }));
    n += r.found.length;
    chars += r.chars;
    for (const m of r.found) if (evidence.length < MAX_EVIDENCE) evidence.push(toEvidence(m));
  }
  const per = chars > 0 ? (n * 1000) / chars : 0;
  const where = scope.length === 1 ? scope[0]!.label : '全文';
  const shown = `${n}处带单位的数字，每千字${per.toFixed(1)}处`;
  if (per >= rule.perThousand) return { ok: true, message: `${where}有${shown}`, evidence };
  return {
    ok: false,
    message: `${where}只有${shown}，每千字至少应有${rule.perThousand}处（如“培训3次”“办理12件”“参考率100%”）`,
    evidence: evidence.length ? evidence : scope.length === 1 ? [sectionStart(scope[0]!.id)] : [],
  };
};
