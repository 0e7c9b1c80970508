/**
 * Rules on the report's metadata: 署名 (signature), 成文日期 (date) and the filing/publishing deadlines.
 */
import {
  resolvedSignature,
  resolvedTitle,
  formatChineseDate,
  signatureMissing,
} from '../../model/report-helpers';
import type { Template } from '../../templates/schema';
import type { RuleFn } from '../context';
import { DATE_ID, SIGNATURE_ID, TITLE_ID } from '../types';

const at = (sectionId: string, length = 0) => [{ sectionId, blockIndex: 0, offset: 0, length }];

function squash(s: string): string {
  return s.replace(/[\s\u3000]+/gu, '');
}

/** The organ named in a title: what stands before the year ("X局2024年法治政府…") or before 法治政府/关于. */
export function orgOfTitle(title: string): string {
  const t = squash(title);
  const m = /^(.*?)(?:(?:19|20)\d{2}年|关于|法治政府)/u.exec(t);
  return m ? m[1]! : '';
}

/** An organ's name element ends with one of these; a place name (省, 州, 县, 自治州…) does not. */
const ORGAN_WORD = /委|政府|局|办|院|厅|署|会|中心|部|所|队|站|处|场|馆|关/u;

/** `long` is `short` with place names before it ("湖南省" + "青羊湖国有林场"), no other organ. */
function placeBefore(long: string, short: string): boolean {
  return short.length >= 4 && long.endsWith(short) && !ORGAN_WORD.test(long.slice(0, -short.length));
}

export const signature: RuleFn<'signature'> = (_rule, _scope, ctx) => {
  if (signatureMissing(ctx.report))
    return {
      ok: false,
      message: `原文没有署名，应在文末署机关全称${ctx.report.meta.org ? `（导出时将暂按“${ctx.report.meta.org}”署名）` : ''}`,
      evidence: at(SIGNATURE_ID),
    };
  const sig = squash(resolvedSignature(ctx.report));
  if (sig === '') return { ok: false, message: '没有署名，应在文末署机关全称', evidence: at(SIGNATURE_ID) };
  const title = resolvedTitle(ctx.report, ctx.template);
  const titleOrg = orgOfTitle(title) || squash(ctx.report.meta.org);
  if (titleOrg === '')
    return { ok: false, message: `标题中没有机关名称，无法与署名“${sig}”核对`, evidence: at(TITLE_ID) };
  if (titleOrg === sig)
    return { ok: true, message: `署名“${sig}”与标题一致`, evidence: at(SIGNATURE_ID, sig.length) };
  // "某某镇" in the title, "某某镇人民政府" signed: a short form, not another organ — ask for a look; and so
  // is the organ signed without the place names its title puts before it ("黔东南州凯里市人民政府" in
  // the title, "凯里市人民政府" signed), while a joint title signed by one of its organs stays a fail.
  const shortForm =
    sig.startsWith(titleOrg) ||
    titleOrg.startsWith(sig) ||
    placeBefore(titleOrg, sig) ||
    placeBefore(sig, titleOrg);
  return {
    ok: false,
    soft: shortForm,
    message: shortForm
      ? `署名“${sig}”与标题中的“${titleOrg}”繁简不一，请确认是否统一为机关全称`
      : `署名“${sig}”与标题中的机关“${titleOrg}”不一致，应统一为机关全称`,
    evidence: [
      ...at(SIGNATURE_ID, sig.length),
      { sectionId: TITLE_ID, blockIndex: 0, offset: 0, length: titleOrg.length },
    ],
  };
};

/** Days from a to b counted on the calendar (local dates; immune to DST). */
export function dayDiff(
  a: { y: number; m: number; d: number },
  b: { y: number; m: number; d: number },
): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

function parseIso(iso: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return { y, m: mo, d };
}

export const date: RuleFn<'date'> = (_rule, _scope, ctx) => {
  const iso = ctx.report.meta.date;
  const year = ctx.year;
  if (iso === null)
    return { ok: false, message: `没有成文日期，应写如“${year + 1}年1月20日”`, evidence: at(DATE_ID) };
  const d = parseIso(iso);
  if (!d) return { ok: false, message: `成文日期“${iso}”不是有效日期`, evidence: at(DATE_ID) };
  const shown = formatChineseDate(iso);
  const ev = at(DATE_ID, shown.length);
  if (d.y < year)
    return { ok: false, message: `成文日期${shown}早于报告年度${year}年，请核对`, evidence: ev };
  if (d.y === year)
    return {
      ok: false,
      soft: true,
      message: `成文日期${shown}在报告年度结束之前；年度报告通常在${year + 1}年1-2月成文，请确认`,
      evidence: ev,
    };
  if (d.y > year + 1)
    return { ok: false, message: `成文日期${shown}晚于${year + 1}年，与报告年度${year}年不符`, evidence: ev };
  return { ok: true, message: `成文日期${shown}`, evidence: ev };
};

/** Within this many days of a deadline the item asks for attention. */
const CLOSE_DAYS = 15;

/** Whether an org name matches one of a deadline's patterns (an invalid pattern matches nothing). */
function forOrg(patterns: readonly string[], org: string): boolean {
  const name = org.replace(/[\s\u3000]+/gu, '');
  return patterns.some((p) => {
    try {
      return new RegExp(p, 'u').test(name);
    } catch {
      return false;
    }
  });
}

/**
 * The template's deadlines for this report: of the dates set for some 机关 only (`orgs`), those its
 * 机关 matches; when it matches none, the dates set for every unit, or else all (the earliest warns).
 */
function deadlinesFor(all: Template['deadlines'], org: string): Template['deadlines'] {
  const out: Template['deadlines'] = [];
  for (const id of new Set(all.map((d) => d.id))) {
    const same = all.filter((d) => d.id === id);
    if (same.every((d) => !d.orgs)) {
      out.push(...same);
      continue;
    }
    const mine = same.filter((d) => d.orgs && org.trim() !== '' && forOrg(d.orgs, org));
    const general = same.filter((d) => !d.orgs);
    out.push(...(mine.length > 0 ? mine : general.length > 0 ? general : same));
  }
  return out;
}

export const deadlines: RuleFn<'deadlines'> = (_rule, _scope, ctx) => {
  const today = { y: ctx.today.getFullYear(), m: ctx.today.getMonth() + 1, d: ctx.today.getDate() };
  const parts: string[] = [];
  let ok = true;
  // Once per template and 机关, not on every re-check: a notice's deadlines may carry org patterns.
  const mine = ctx.memoGlobal('deadlines-for', [ctx.template.deadlines, ctx.report.meta.org], () =>
    deadlinesFor(ctx.template.deadlines, ctx.report.meta.org),
  );
  for (const dl of mine) {
    const due = { y: ctx.year + 1, m: dl.month, d: dl.day };
    const left = dayDiff(today, due);
    const when = `${due.y}年${due.m}月${due.d}日前${dl.title}`;
    if (left < 0) {
      ok = false;
      parts.push(`${when}：已超过${-left}天`);
    } else if (left <= CLOSE_DAYS) {
      ok = false;
      parts.push(`${when}：只剩${left}天`);
    } else parts.push(`${when}：还有${left}天`);
  }
  if (parts.length === 0) return { ok: true, message: '模板未规定报送时限', evidence: [] };
  return { ok, message: parts.join('；'), evidence: [] };
};
