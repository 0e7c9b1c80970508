/**
 * The 附件 list as the editor changes it: pure functions over report.attachments. Numbers are never
 * stored: they follow the order (1., 2., … and none for a single 附件, as GB/T 9704 7.3.4 writes it).
 */
import { paragraph, type Block } from '../../core/model/content';
import type { Attachment } from '../../core/model/report';

export function attachmentNumber(index: number, count: number): string {
  return count > 1 ? `${index + 1}.` : '';
}

export function addAttachment(list: readonly Attachment[]): Attachment[] {
  return [...list, { name: '' }];
}

export function removeAt(list: readonly Attachment[], index: number): Attachment[] {
  return list.filter((_, i) => i !== index);
}

/** Move the 附件 at `index` one place up (-1) or down (+1); the numbers follow. */
export function moveAt(list: readonly Attachment[], index: number, by: -1 | 1): Attachment[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}

export function renameAt(list: readonly Attachment[], index: number, name: string): Attachment[] {
  return list.map((a, i) => (i === index ? { ...a, name: name.replace(/[\r\n]+/g, '') } : a));
}

/** The 附件's text, one paragraph a line. */
export function textOf(a: Attachment): string {
  return (a.blocks ?? []).map((b) => b.children.map((l) => l.text).join('')).join('\n');
}

export function hasText(a: Attachment): boolean {
  return textOf(a).trim() !== '';
}

/** Set the 附件's text from lines; empty text leaves the 附件 named but not attached. */
export function setTextAt(list: readonly Attachment[], index: number, text: string): Attachment[] {
  return list.map((a, i) => {
    if (i !== index) return a;
    const blocks: Block[] = text.split(/\r\n|\r|\n/).map((line) => paragraph(line));
    const { blocks: _old, ...rest } = a;
    return text.trim() === '' ? rest : { ...rest, blocks };
  });
}
