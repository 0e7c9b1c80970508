/** headingWording: the sections' headings as written against the outline (see core/check/headings.ts). */
import { chineseNumeral } from '../../model/numbering';
import type { RuleFn } from '../context';
import { headingFindings } from '../headings';

export const headingWording: RuleFn<'headingWording'> = (_rule, _scope, ctx) => {
  const findings = ctx.memoGlobal(
    'heading-findings',
    [ctx.template, ctx.report.meta.year, ...ctx.report.sections.map((s) => s.heading)],
    () => headingFindings(ctx.report, ctx.template),
  );
  if (findings.length === 0) return { ok: true, message: '各部分标题与提纲一致', evidence: [] };
  const evidence = findings.map((f) => ({
    sectionId: f.sectionId,
    blockIndex: -1,
    offset: 0,
    length: f.written.length,
  }));
  const years = findings.filter((f) => f.kind === 'year');
  const wording = findings.filter((f) => f.kind === 'wording');
  const parts: string[] = [];
  for (const f of years)
    parts.push(
      `第${chineseNumeral(f.index + 1)}部分标题中的“${f.wrongYears.join('”“')}”与报告年度${ctx.year}年不符（提纲为“${f.prescribed}”）`,
    );
  if (wording.length > 0)
    parts.push(
      `第${wording.map((f) => chineseNumeral(f.index + 1)).join('、')}部分标题与提纲措辞不同（${wording
        .slice(0, 3)
        .map((f) => `“${f.written}”，提纲为“${f.prescribed}”`)
        .join('；')}${wording.length > 3 ? '等' : ''}），请确认是否改为提纲原文`,
    );
  // A wrong year is a slip to correct; other wording is the unit's choice, worth a look.
  return { ok: false, soft: years.length === 0, message: parts.join('；'), evidence };
};
