/**
 * Putting a report on another outline (改用提纲) without losing a word: each part goes to the target
 * section its heading matches best (the import's matcher, core/import/text/match.ts, with the outline
 * vocabulary); several parts on one section are joined in their order, the later ones under their old
 * heading as a （一） sub-heading; a part matching nothing is kept under its old heading, in the measures
 * section when it comes before the report's 不足/安排 parts (a topical 举措 part), else at the end of the
 * section for 其他 content (else the last section). The 导语, metadata, attachments, comments and
 * suggestions (修订) stay; anchors follow the marks. The notes say what went where, in Chinese.
 */
import { blockText, paragraph, subHeading, type Block } from '../model/content';
import type { Report, Section, Thread } from '../model/report';
import { headingOf } from '../model/report-helpers';
import { linePlaceOf } from '../comments/place';
import { reanchorThreads, refreshAnchors } from '../comments/reanchor';
import { refreshSuggestions } from '../suggestions/anchor';
import { sectionHeading } from '../templates/load';
import type { Template } from '../templates/schema';
import { headingConcepts, type Vocabulary } from '../templates/vocabulary';
import { matchHeadings } from './text/match';

export type MoveKind = 'matched' | 'joined' | 'unmatched';

export interface SectionMove {
  /** The part's id and heading in the report as it was. */
  fromId: string;
  fromHeading: string;
  /** The target template's section it went to. */
  toId: string;
  toHeading: string;
  /**
   * matched: the section its heading means; joined: that section had a better-matching part already, so
   * this one follows it under its old heading; unmatched: no section means it, kept under its old heading.
   */
  kind: MoveKind;
  /** The part had no text (nothing moved but its heading). */
  empty: boolean;
}

export interface RetemplateResult {
  report: Report;
  moves: SectionMove[];
  /** Chinese, one line each: what went where, and what the clerk should look at. */
  notes: string[];
}

export class RetemplateError extends Error {}

const isEmptyBlocks = (blocks: readonly Block[]) => blocks.every((b) => blockText(b).trim() === '');

/** Sub-headings one level lower (（一）→1.→（1）); the lowest level stays where it is. */
function demote(blocks: readonly Block[]): { blocks: Block[]; flattened: boolean } {
  let flattened = false;
  const out = blocks.map((b): Block => {
    if (b.type !== 'heading') return b;
    if (b.level === 4) {
      flattened = true;
      return b;
    }
    return { ...b, level: b.level === 2 ? 3 : 4 };
  });
  return { blocks: out, flattened };
}

/** The target section for parts no section means: the one for 其他 content, else the last. */
function fallbackSection(target: Template, vocab: Vocabulary): Template['sections'][number] {
  const other = target.sections.find((s) => headingConcepts(s.heading, vocab).has('other'));
  return other ?? target.sections[target.sections.length - 1]!;
}

/**
 * Where the parts no section means go: a report's own topical parts (聚焦规范执法…, 强化…) that come
 * before anything it says of later sections (不足, 下一步) are its 举措 and go to the measures section;
 * the rest to the 其他 section (fallbackSection).
 */
function unmatchedTargets(
  assigned: readonly ({ toId: string } | null)[],
  target: Template,
  vocab: Vocabulary,
): string[] {
  const fallback = fallbackSection(target, vocab).id;
  const measures = target.sections.findIndex((s) => headingConcepts(s.heading, vocab).has('measures'));
  let past = measures < 0;
  return assigned.map((a) => {
    if (a !== null) {
      past ||= target.sections.findIndex((s) => s.id === a.toId) > measures;
      return a.toId;
    }
    return past ? fallback : target.sections[measures]!.id;
  });
}

/**
 * The report on `target`. `current` is the report's template now (for the prescribed headings of parts
 * that do not write their own). Pure: the input is not changed.
 */
export function retemplate(
  report: Report,
  current: Template | undefined,
  target: Template,
  vocab: Vocabulary,
): RetemplateResult {
  if (target.sections.length === 0)
    throw new RetemplateError('目标提纲没有任何部分 / target outline has no sections');
  const year = report.meta.year;
  const headings = report.sections.map((s, i) => headingOf(s, report, current).trim() || `第${i + 1}部分`);
  // One section per part first (the import's one-to-one matching), then each part left over on its own:
  // the section it means even when a better-matching part took it.
  const matches = matchHeadings(headings, target, vocab);
  const meant = matches.map((m, i): { toId: string; kind: MoveKind } | null => {
    if (m.sectionId !== null) return { toId: m.sectionId, kind: 'matched' };
    const alone = matchHeadings([headings[i]!], target, vocab)[0]!;
    return alone.sectionId !== null ? { toId: alone.sectionId, kind: 'joined' } : null;
  });
  const homes = unmatchedTargets(meant, target, vocab);
  const assigned = meant.map((m, i) => m ?? { toId: homes[i]!, kind: 'unmatched' as const });

  const toHeading = (id: string) => {
    const ts = target.sections.find((s) => s.id === id)!;
    return sectionHeading(ts.heading, year);
  };
  const moves: SectionMove[] = report.sections.map((s, i) => ({
    fromId: s.id,
    fromHeading: headings[i]!,
    toId: assigned[i]!.toId,
    toHeading: toHeading(assigned[i]!.toId),
    kind: assigned[i]!.kind,
    empty: isEmptyBlocks(s.blocks),
  }));

  const notes: string[] = [];
  let flattenedAny = false;
  const sections: Section[] = target.sections.map((ts) => {
    // The part that means the section leads (its text needs no heading of its own); the others follow
    // in the report's order, each under its old heading.
    const parts = report.sections
      .map((s, i) => ({ s, move: moves[i]! }))
      .filter((p) => p.move.toId === ts.id)
      .sort((a, b) => Number(b.move.kind === 'matched') - Number(a.move.kind === 'matched'));
    const blocks: Block[] = [];
    let first = true;
    for (const { s, move } of parts) {
      // A part with no text adds nothing but its heading; keep that heading when it is not the section's meaning.
      if (move.empty && move.kind === 'matched') continue;
      if (first && move.kind === 'matched') {
        blocks.push(...s.blocks);
      } else {
        const d = demote(move.empty ? [] : s.blocks);
        flattenedAny ||= d.flattened;
        blocks.push(subHeading(2, move.fromHeading), ...d.blocks);
      }
      first = false;
    }
    return { id: ts.id, blocks: blocks.length > 0 ? blocks : [paragraph('')] };
  });

  for (const m of moves) {
    const from = `“${m.fromHeading}”`;
    const to = `“${m.toHeading}”`;
    if (m.kind === 'matched')
      notes.push(
        m.empty
          ? `${from}没有内容，对应${to}。`
          : m.fromHeading === m.toHeading
            ? `${from}对应新提纲的同名部分。`
            : `${from}的内容放入${to}。`,
      );
    else if (m.kind === 'joined')
      notes.push(`${from}与${to}含义相同，已接在该部分原有内容之后，原标题作为小标题保留。`);
    else notes.push(`${from}在新提纲中没有对应部分，按其位置放入${to}，原标题作为小标题保留，请核对。`);
  }
  for (const ts of target.sections)
    if (!moves.some((m) => m.toId === ts.id && !m.empty))
      notes.push(`“${sectionHeading(ts.heading, year)}”原报告没有对应内容，已留空。`);
  if (flattenedAny) notes.push('移入的部分已有四级小标题（1），无法再降一级，保持原级别。');

  // Threads on a part's heading (detached, placed by their quote) follow it when it became a sub-heading.
  const onHeadings = new Set(
    report.comments
      .filter((t: Thread) => linePlaceOf(report, current, t)?.place === 'heading')
      .map((t) => t.id),
  );

  const baseline = report.baseline
    ? {
        year: report.baseline.year,
        sections: Object.fromEntries(
          target.sections.flatMap((ts) => {
            const texts = moves
              .filter((m) => m.toId === ts.id)
              .map((m) => report.baseline!.sections[m.fromId])
              .filter((t): t is string => t !== undefined && t !== '');
            return texts.length > 0 ? [[ts.id, texts.join('\n')]] : [];
          }),
        ),
      }
    : null;

  const { template: _old, ...rest } = report;
  const carries = target.origin === 'user' || target.origin === 'own-outline';
  let next: Report = {
    ...rest,
    templateId: target.id,
    sections,
    baseline,
    ...(carries ? { template: target } : {}),
  };
  next = refreshAnchors(next);
  if (onHeadings.size > 0) {
    const stillOnHeading = new Set(
      next.comments.filter((t) => linePlaceOf(next, target, t)?.place === 'heading').map((t) => t.id),
    );
    const moved = new Set([...onHeadings].filter((id) => !stillOnHeading.has(id)));
    if (moved.size > 0) {
      const r = reanchorThreads(next, moved);
      next = r.report;
      for (const id of r.detached) {
        const quote = next.comments.find((t) => t.id === id)?.anchor.exact ?? '';
        notes.push(`标题“${quote}”上的批注：该标题已改为新提纲的标题，批注保留在批注列表中（原文已删除）。`);
      }
    }
  }
  next = refreshSuggestions(next);
  return { report: next, moves, notes };
}
