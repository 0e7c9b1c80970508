/**
 * Comparing an earlier version with its file, part by part (导语, then each section): which parts
 * differ, their 字数, and the paragraphs only one side has (a longest-common-subsequence over the
 * parts' paragraphs, so a moved or edited paragraph shows on both sides and the rest stays quiet).
 */
import type { Block } from '../../core/model/content';
import { countChars } from '../../core/model/count';
import { blocksText } from '../../core/model/report-helpers';
import type { Report } from '../../core/model/report';

export interface PartDiff {
  /** Section id, or 'preamble'. */
  id: string;
  /** Paragraphs (block texts, empty ones dropped) only in the version / only in the file, in order. */
  onlyVersion: string[];
  onlyFile: string[];
  versionChars: number;
  fileChars: number;
}

function paragraphs(blocks: readonly Block[]): string[] {
  return blocks.map((b) => blocksText([b]).trim()).filter((t) => t !== '');
}

/** Items of A and of B outside their longest common subsequence. */
export function unmatched(a: readonly string[], b: readonly string[]): { onlyA: string[]; onlyB: string[] } {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) onlyA.push(a[i++]!);
    else onlyB.push(b[j++]!);
  }
  while (i < n) onlyA.push(a[i++]!);
  while (j < m) onlyB.push(b[j++]!);
  return { onlyA, onlyB };
}

/** The parts where VERSION and FILE differ, in document order (the version's, then any the file adds). */
export function compareReports(version: Report, file: Report): PartDiff[] {
  const parts = (r: Report) =>
    new Map<string, readonly Block[]>([
      ['preamble', r.preamble],
      ...r.sections.map((s) => [s.id, s.blocks] as const),
    ]);
  const v = parts(version);
  const f = parts(file);
  const ids = [...v.keys(), ...[...f.keys()].filter((k) => !v.has(k))];
  const out: PartDiff[] = [];
  for (const id of ids) {
    const vb = v.get(id) ?? [];
    const fb = f.get(id) ?? [];
    const { onlyA, onlyB } = unmatched(paragraphs(vb), paragraphs(fb));
    if (onlyA.length === 0 && onlyB.length === 0) continue;
    out.push({
      id,
      onlyVersion: onlyA,
      onlyFile: onlyB,
      versionChars: countChars(blocksText(vb)),
      fileChars: countChars(blocksText(fb)),
    });
  }
  return out;
}
