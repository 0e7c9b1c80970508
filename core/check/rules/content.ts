/**
 * Rules about what the text says: present, minLength, keywords, causes, stockPhrases.
 */
import type { RuleFn, Unit, RuleContext } from '../context';
import { ruleKey } from '../context';
import {
  unitChars,
  unitJoined,
  unitTexts,
  anyWordRegExp,
  matchBlocks,
  MAX_EVIDENCE,
  quoteList,
  sectionStart,
  toEvidence,
  type BlockMatch,
} from '../text';
import type { Evidence } from '../types';

function scopeChars(scope: readonly Unit[], ctx: RuleContext): number {
  return scope.reduce((n, u) => n + unitChars(u, ctx), 0);
}

function scopeName(scope: readonly Unit[]): string {
  return scope.length === 1 ? scope[0]!.label : '全文';
}

/** Where the text of a scope starts (or, for a whole-report scope, nowhere in particular). */
function startOf(scope: readonly Unit[]): Evidence[] {
  return scope.length === 1 ? [sectionStart(scope[0]!.id)] : [];
}

/** The first non-empty block of each unit, as evidence that the text is there. */
function firstText(scope: readonly Unit[], ctx: RuleContext): Evidence[] {
  const out: Evidence[] = [];
  for (const u of scope) {
    const texts = unitTexts(u, ctx);
    const i = texts.findIndex((t) => t.trim() !== '');
    if (i >= 0) out.push({ sectionId: u.id, blockIndex: i, offset: 0, length: texts[i]!.length });
  }
  return out.slice(0, 1);
}

export const present: RuleFn<'present'> = (_rule, scope, ctx) => {
  const chars = scopeChars(scope, ctx);
  if (chars > 0)
    return { ok: true, message: `${scopeName(scope)}已填写（${chars}字）`, evidence: firstText(scope, ctx) };
  return { ok: false, message: `${scopeName(scope)}尚未填写`, evidence: startOf(scope) };
};

export const minLength: RuleFn<'minLength'> = (rule, scope, ctx) => {
  const chars = scopeChars(scope, ctx);
  if (chars >= rule.chars)
    return {
      ok: true,
      message: `${scopeName(scope)}${chars}字（不少于${rule.chars}字）`,
      evidence: firstText(scope, ctx),
    };
  // Written but thin (at least half the minimum): the content is there, the item asks for more (warn).
  return {
    ok: false,
    soft: chars * 2 >= rule.chars,
    message: `${scopeName(scope)}只有${chars}字，至少应写${rule.chars}字`,
    evidence: chars > 0 ? firstText(scope, ctx) : startOf(scope),
  };
};

export const maxLength: RuleFn<'maxLength'> = (rule, scope, ctx) => {
  const chars = scopeChars(scope, ctx);
  if (chars <= rule.chars)
    return {
      ok: true,
      message: `${scopeName(scope)}${chars}字（不超过${rule.chars}字）`,
      evidence: firstText(scope, ctx),
    };
  return {
    ok: false,
    message: `${scopeName(scope)}${chars}字，超过通知要求的${rule.chars}字`,
    evidence: firstText(scope, ctx),
  };
};

const groupRes = new WeakMap<readonly string[], RegExp>();
function groupRe(group: readonly string[]): RegExp {
  let re = groupRes.get(group);
  if (!re) {
    re = anyWordRegExp(group);
    groupRes.set(group, re);
  }
  return re;
}

/** Matches of a word list in one unit, memoised per unit. */
function unitMatches(
  unit: Unit,
  ctx: RuleContext,
  key: string,
  words: readonly string[],
  limit = MAX_EVIDENCE,
  not?: readonly string[],
): BlockMatch[] {
  return ctx.memo(unit, key, () => {
    const joined = unitJoined(unit, ctx);
    if (!not) return matchBlocks(unit.id, joined, groupRe(words), limit);
    // A match inside a word of `not` (局长 in 副局长) does not count.
    const masks = matchBlocks(unit.id, joined, groupRe(not)).map((m) => [
      joined.starts[m.blockIndex]! + m.offset,
      joined.starts[m.blockIndex]! + m.offset + m.length,
    ]);
    const inside = (m: BlockMatch) => {
      const a = joined.starts[m.blockIndex]! + m.offset;
      return masks.some(([s, e]) => a >= s! && a + m.length <= e!);
    };
    return matchBlocks(unit.id, joined, groupRe(words))
      .filter((m) => !inside(m))
      .slice(0, limit);
  });
}

/** The first few matches of a word list in the units of `scope`, in order. */
function scopeMatches(
  scope: readonly Unit[],
  ctx: RuleContext,
  key: string,
  words: readonly string[],
  not?: readonly string[],
): BlockMatch[] {
  const out: BlockMatch[] = [];
  for (const u of scope) {
    out.push(...unitMatches(u, ctx, key, words, 3, not));
    if (out.length >= 3) break;
  }
  return out;
}

export const keywords: RuleFn<'keywords'> = (rule, scope, ctx) => {
  const key = ruleKey(rule);
  const found = rule.groups.map((group, g) => scopeMatches(scope, ctx, `${key}#${g}`, group, rule.not));
  const hit = found.filter((e) => e.length > 0).length;
  const need = rule.match === 'all' ? rule.groups.length : Math.min(rule.min ?? 1, rule.groups.length);
  const evidence = found.flat().slice(0, MAX_EVIDENCE).map(toEvidence);
  const where = scopeName(scope);
  if (hit >= need) {
    // The words as written in the report ("听取法治工作汇报" for 听取…汇报), first match of each group.
    const words = found.filter((e) => e.length > 0).map((e) => e[0]!.text);
    return { ok: true, message: `${where}提到了${quoteList(words)}`, evidence };
  }
  const missing = rule.groups.filter((_, g) => found[g]!.length === 0);
  if (rule.match === 'all') {
    const parts = missing.map((group) => quoteList(group, 3).replaceAll('”“', '”或“'));
    // Only the set named as a whole ("落实行政执法三项制度"): written, but not each part.
    const named = rule.collective ? scopeMatches(scope, ctx, `${key}#all`, rule.collective) : [];
    if (named.length > 0)
      return {
        ok: false,
        soft: true,
        message: `${where}只笼统提到“${named[0]!.text}”，未分别写明${parts.join('、')}`,
        evidence: [...evidence, ...named.map(toEvidence)].slice(0, MAX_EVIDENCE),
      };
    return {
      ok: false,
      message: `${where}未提到${parts.join('，也未提到')}`,
      evidence: evidence.length ? evidence : startOf(scope),
    };
  }
  const all = missing.map((group) => group[0]!);
  const more = need > 1 ? `至少${need}项，现有${hit}项` : '';
  return {
    ok: false,
    message: `${where}未提到${quoteList(all, 6)}等内容${more ? `（${more}）` : ''}`,
    evidence: evidence.length ? evidence : startOf(scope),
  };
};

/** "存在的不足和原因" echoes the heading: that 原因 names no cause. */
const HEADING_ECHO = /(不足|问题|短板|差距)[和及与]$/u;

export const causes: RuleFn<'causes'> = (rule, scope, ctx) => {
  const key = ruleKey(rule);
  const hits: Evidence[] = [];
  for (const u of scope) {
    const ms = ctx.memo(u, key, () =>
      matchBlocks(u.id, unitJoined(u, ctx), groupRe(rule.words)).filter((m) => {
        const before = unitTexts(u, ctx)[m.blockIndex]!.slice(Math.max(0, m.offset - 4), m.offset);
        return !HEADING_ECHO.test(before);
      }),
    );
    hits.push(...ms.map(toEvidence));
  }
  if (hits.length > 0)
    return { ok: true, message: `${scopeName(scope)}分析了原因`, evidence: hits.slice(0, MAX_EVIDENCE) };
  return {
    ok: false,
    message: `${scopeName(scope)}只列了问题，没有分析原因（未见${quoteList(rule.words, 3)}等）`,
    evidence: startOf(scope),
  };
};

export const stockPhrases: RuleFn<'stockPhrases'> = (rule, scope, ctx) => {
  const key = ruleKey(rule);
  const hits: Evidence[] = [];
  let n = 0;
  for (const u of scope) {
    const ms = unitMatches(u, ctx, key, rule.words, Infinity);
    n += ms.length;
    for (const m of ms) if (hits.length < MAX_EVIDENCE) hits.push(toEvidence(m));
  }
  const chars = scopeChars(scope, ctx);
  const per = chars > 0 ? (n * 1000) / chars : 0;
  const shown = per.toFixed(1);
  if (per <= rule.maxPerThousand)
    return { ok: true, message: `套话每千字${shown}处（不超过${rule.maxPerThousand}处）`, evidence: hits };
  return {
    ok: false,
    message: `${scopeName(scope)}套话每千字${shown}处，超过${rule.maxPerThousand}处`,
    evidence: hits,
  };
};
