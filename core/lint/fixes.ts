/**
 * applyFixes: apply the edits of lint findings and change nothing else. Edits are plain-text offsets
 * within a block; they are applied right to left across the block's leaves, so marks (bold, comment
 * anchors) on the surrounding text stay where they were. Overlapping edits keep the first one listed.
 * Sections and blocks that no edit touches keep their identity (the checklist cache relies on it).
 */
import { blockText, type Block, type TextLeaf } from '../model/content';
import type { Report } from '../model/report';
import { DOC_NUMBER_ID, SIGNATURE_ID, TITLE_ID, PREAMBLE_ID } from '../check/types';
import type { LintEdit, LintFinding } from './types';

/** Replace [offset, offset+length) of the leaves' joint text; the replacement takes the first touched leaf's marks. */
export function replaceInLeaves(
  children: readonly TextLeaf[],
  offset: number,
  length: number,
  replacement: string,
): TextLeaf[] {
  const end = offset + length;
  const out: TextLeaf[] = [];
  let pos = 0;
  let placed = false;
  for (const leaf of children) {
    const from = pos;
    const to = pos + leaf.text.length;
    pos = to;
    // Untouched leaf: before the range, or after it (an insertion at a boundary goes to the earlier leaf).
    if (
      to < offset ||
      from > end ||
      (to === offset && length > 0) ||
      (from === end && (length > 0 || placed))
    ) {
      out.push(leaf);
      continue;
    }
    const keepBefore = leaf.text.slice(0, Math.max(0, offset - from));
    const keepAfter = leaf.text.slice(Math.max(0, Math.min(leaf.text.length, end - from)));
    const text = keepBefore + (placed ? '' : replacement) + keepAfter;
    placed = true;
    out.push({ ...leaf, text });
  }
  const nonEmpty = out.filter((l) => l.text !== '');
  return nonEmpty.length > 0 ? nonEmpty : [{ ...out[0]!, text: '' }];
}

function applyToString(s: string, edits: readonly LintEdit[]): string {
  let out = s;
  for (const e of edits) out = out.slice(0, e.offset) + e.replacement + out.slice(e.offset + e.length);
  return out;
}

function overlaps(a: LintEdit, b: LintEdit): boolean {
  if (a.offset < b.offset + b.length && b.offset < a.offset + a.length) return true;
  if (a.length > 0 && b.length > 0) return false;
  // An insertion clashes with another edit at the same point or strictly inside its range.
  const inside = (p: number, r: LintEdit) => p > r.offset && p < r.offset + r.length;
  return a.offset === b.offset || inside(a.offset, b) || inside(b.offset, a);
}

/** Keep edits that fit the text and do not overlap an earlier-listed edit; sort right to left. */
function plan(edits: readonly LintEdit[], textLength: number): LintEdit[] {
  const kept: LintEdit[] = [];
  for (const e of edits) {
    if (e.offset < 0 || e.length < 0 || e.offset + e.length > textLength) continue;
    const clash = kept.some((k) => overlaps(k, e));
    if (!clash) kept.push(e);
  }
  return kept.sort((a, b) => b.offset - a.offset);
}

function applyToBlock(block: Block, edits: readonly LintEdit[]): Block {
  const planned = plan(edits, blockText(block).length);
  if (planned.length === 0) return block;
  let children = block.children;
  for (const e of planned) children = replaceInLeaves(children, e.offset, e.length, e.replacement);
  return { ...block, children } as Block;
}

function applyToBlocks(blocks: readonly Block[], edits: readonly LintEdit[]): Block[] | null {
  const byIndex = new Map<number, LintEdit[]>();
  for (const e of edits) {
    if (!byIndex.has(e.blockIndex)) byIndex.set(e.blockIndex, []);
    byIndex.get(e.blockIndex)!.push(e);
  }
  let changed = false;
  const out = blocks.map((b, i) => {
    const es = byIndex.get(i);
    if (!es) return b;
    const nb = applyToBlock(b, es);
    if (nb !== b) changed = true;
    return nb;
  });
  return changed ? out : null;
}

/** A new report with the fixes of `findings` applied (findings without a fix are ignored). */
export function applyFixes(report: Report, findings: readonly LintFinding[]): Report {
  const bySection = new Map<string, LintEdit[]>();
  for (const f of findings)
    for (const e of f.fix?.edits ?? []) {
      if (!bySection.has(e.sectionId)) bySection.set(e.sectionId, []);
      bySection.get(e.sectionId)!.push(e);
    }
  if (bySection.size === 0) return report;
  let next: Report = report;
  const meta = { ...report.meta };
  let metaChanged = false;
  const metaField = (id: string, value: string | null, set: (v: string) => void) => {
    const edits = bySection.get(id);
    if (!edits || value === null) return;
    const updated = applyToString(value, plan(edits, value.length));
    if (updated !== value) {
      set(updated);
      metaChanged = true;
    }
  };
  metaField(TITLE_ID, report.meta.title, (v) => (meta.title = v));
  metaField(SIGNATURE_ID, report.meta.signature, (v) => (meta.signature = v));
  metaField(DOC_NUMBER_ID, report.meta.docNumber, (v) => (meta.docNumber = v));
  if (metaChanged) next = { ...next, meta };
  const pre = bySection.get(PREAMBLE_ID);
  if (pre) {
    const blocks = applyToBlocks(report.preamble, pre);
    if (blocks) next = { ...next, preamble: blocks };
  }
  let sectionsChanged = false;
  const sections = report.sections.map((s) => {
    const all = bySection.get(s.id);
    if (!all) return s;
    // blockIndex -1: the section's own heading as the unit wrote it.
    const headingEdits = all.filter((e) => e.blockIndex === -1);
    const edits = all.filter((e) => e.blockIndex !== -1);
    let next = s;
    if (headingEdits.length > 0 && s.heading !== undefined) {
      const heading = applyToString(s.heading, plan(headingEdits, s.heading.length));
      if (heading !== s.heading) next = { ...next, heading };
    }
    const blocks = edits.length ? applyToBlocks(s.blocks, edits) : null;
    if (blocks) next = { ...next, blocks };
    if (next !== s) sectionsChanged = true;
    return next;
  });
  if (sectionsChanged) next = { ...next, sections };
  return next;
}
