/**
 * The report as the checklist and lint judge it: every pending 修订 accepted, block for block (so
 * findings still point at the editor's blocks), with untouched sections keeping their identity.
 */
import type { Block } from '../../core/model/content';
import type { Report } from '../../core/model/report';
import { hasPendingSuggestions, judgedBlocks, pendingSuggestionCount } from '../../core/suggestions/resolve';

export function judgedReport(report: Report, cache: WeakMap<readonly Block[], Block[]>): Report {
  if (!hasPendingSuggestions(report)) return report;
  const judge = (blocks: Block[]) => {
    let j = cache.get(blocks);
    if (!j) {
      j = judgedBlocks(blocks);
      cache.set(blocks, j);
    }
    return j;
  };
  return {
    ...report,
    preamble: judge(report.preamble),
    sections: report.sections.map((s) => {
      const blocks = judge(s.blocks);
      return blocks === s.blocks ? s : { ...s, blocks };
    }),
  };
}

export function pendingCount(report: Report): number {
  return hasPendingSuggestions(report) ? pendingSuggestionCount(report) : 0;
}
