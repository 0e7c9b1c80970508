/**
 * 附件 (GB/T 9704 7.3.4, 7.3.7): an 附件 named in the 附件说明 but not attached (no text), and an
 * 附件N the body cites that the 附件说明 does not list.
 */
import type { RuleFn } from '../context';
import { unitJoined, unitTexts } from '../text';
import { SIGNATURE_ID, type Evidence } from '../types';

const CITED = /附件\s*([1-9]\d?)/gu;

/** A 附件 name without its years (2025年度…述法报告) and spaces, to compare with a notice's. */
const bare = (name: string) => name.replace(/20\d{2}\s*年度?/gu, '').replace(/[\s\u3000]+/gu, '');

export const attachments: RuleFn<'attachments'> = (rule, scope, ctx) => {
  const list = (ctx.report.attachments ?? []).filter((a) => a.name.trim() !== '');
  const atNote: Evidence[] = [{ sectionId: SIGNATURE_ID, blockIndex: 0, offset: 0, length: 0 }];
  const apart = (rule.apart ?? []).map(bare).filter((w) => w !== '');
  const missing = list
    .map((a, i) => ({ a, n: i + 1 }))
    .filter(({ a }) => !(a.blocks ?? []).some((b) => b.children.some((l) => l.text.trim() !== '')))
    .filter(({ a }) => !apart.some((w) => bare(a.name).includes(w)));
  // the highest 附件N the body cites, and where
  let cited = 0;
  let citedAt: Evidence | undefined;
  // A unit whose text nowhere holds 附件 (most sections) cites none and mentions none: one search of its
  // joined text instead of a scan of each block (a one-shot `gwdraft check` runs this cold). 附件 in the
  // joined text is always within one block: blocks are joined by a newline.
  const holds = scope.filter((u) => unitJoined(u, ctx).text.includes('附件'));
  for (const unit of holds)
    unit.blocks.forEach((block, blockIndex) => {
      const text = block.children.map((l) => l.text).join('');
      for (const m of text.matchAll(CITED)) {
        const n = Number(m[1]);
        if (n > cited) {
          cited = n;
          citedAt = { sectionId: unit.id, blockIndex, offset: m.index, length: m[0].length };
        }
      }
    });
  const mentions = holds.some((u) => unitTexts(u, ctx).some((t) => /见附件|详见附件|附件[:：]?$/u.test(t)));
  if (cited > list.length || (list.length === 0 && mentions))
    return {
      ok: false,
      message:
        list.length === 0
          ? '正文提到附件，但没有附件说明：请在正文下列出附件名称'
          : `正文提到附件${cited}，附件说明只列了 ${list.length} 个附件`,
      evidence: citedAt === undefined ? atNote : [citedAt],
    };
  if (missing.length > 0)
    return {
      ok: false,
      soft: true,
      message: `${missing.map(({ a, n }) => `附件${list.length > 1 ? n : ''}“${a.name.trim()}”`).join('、')}只列了名称，没有附上内容；如随文另附，请确认`,
      evidence: atNote,
    };
  if (list.length === 0) return { ok: true, message: '没有附件', evidence: [] };
  return { ok: true, message: `${list.length} 个附件均已附上`, evidence: atNote };
};
