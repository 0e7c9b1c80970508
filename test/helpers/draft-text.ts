/**
 * Test helpers for the "nothing lost" property of imports: the text a reader of the draft sees, and the
 * text of the source with only markup and whitespace taken out.
 */
import { blockText } from '../../core/model/content';
import { numberBlocks } from '../../core/model/numbering';
import type { Report } from '../../core/model/report';
import {
  formatChineseDate,
  numberedHeadingOf,
  resolvedSignature,
  resolvedTitle,
} from '../../core/model/report-helpers';
import type { Block } from '../../core/model/content';
import type { Template } from '../../core/templates/schema';

function blocksWithLabels(blocks: readonly Block[]): string {
  const labels = numberBlocks(blocks);
  return blocks.map((b, i) => (labels[i]!.label ?? '') + blockText(b)).join('');
}

/** Everything a reader of the draft sees, in reading order, without whitespace. */
export function draftStream(report: Report, template: Template | undefined): string {
  const parts = [resolvedTitle(report, template), report.meta.docNumber ?? ''];
  if (report.meta.recipient) parts.push(report.meta.recipient + '：');
  parts.push(blocksWithLabels(report.preamble));
  report.sections.forEach((s, i) => {
    parts.push(numberedHeadingOf(s, i, report, template), blocksWithLabels(s.blocks));
  });
  parts.push(resolvedSignature(report), report.meta.date ? formatChineseDate(report.meta.date) : '');
  return parts.join('').replace(/[\s\u3000]/g, '');
}

/**
 * The source without markup (line-start #, > and bullets, ** anywhere, rules) and whitespace. A section
 * heading's closing 。 is dropped too, and its number written 一、: the template supplies section
 * headings, which carry no stop, and numbers are derived.
 */
export function sourceStream(input: string): string {
  const out: string[] = [];
  for (const physical of input.split(/\r\n|\r|\n/)) {
    const line = physical.trim();
    if (/^(?:[-*_]\s*){3,}$/.test(line)) continue;
    let s = line
      .replace(/^(?:#{1,6}\s*|>\s*|[-*+]\s+)+/, '')
      .replaceAll('**', '')
      .replace(/[\s\u3000]/g, '');
    // Section numbers are derived (一、 whatever the source wrote), and the heading's 。 dropped.
    if (/^[一二三四五六七八九十]{1,3}[、．.]/.test(s)) s = s.replace(/[．.]/, '、').replace('。', '');
    // Sub-heading numbers too are derived, in their GB/T 9704 forms （一） 1. （1）.
    s = s
      .replace(/^\(([一二三四五六七八九十]{1,3})\)/, '（$1）')
      .replace(/^\((\d{1,2})\)/, '（$1）')
      .replace(/^(\d{1,2})[、．](?!\d)/, '$1.');
    out.push(s);
  }
  return out.join('').replace(/^\ufeff/, '');
}

/** Index of the first character of `needle` that cannot be found in order in `hay`, or -1. */
export function firstMissing(needle: string, hay: string): number {
  const a = [...needle];
  const b = [...hay];
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    while (j < b.length && b[j] !== a[i]) j++;
    if (j === b.length) return i;
    j++;
  }
  return -1;
}
