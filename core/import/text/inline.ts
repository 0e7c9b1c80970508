/**
 * Markdown-ish markup as it comes out of PDF-to-text and chat tools: leading #'s and list or quote
 * markers on a line, and **bold** spans inside it. Only bold survives (the model's one mark).
 */
import type { TextLeaf } from '../../model/content';

/** Line-level markup: "## ", "> ", "- " / "* " / "+ " bullets. Returns the rest of the line. */
export function stripLineMarkup(line: string): string {
  return line.replace(/^(?:#{1,6}\s*|>\s*|[-*+]\s+)+/, '');
}

/** A line that is markup only: a rule (---, ***, ___) or bare #'s / asterisks. */
export function isMarkupOnly(line: string): boolean {
  return /^(?:[-*_]\s*){3,}$/.test(line) || /^[#*\s]+$/.test(line);
}

/** `a**b**c` → [{text:'a'},{text:'b',bold},{text:'c'}]. An unpaired ** is dropped as markup. */
export function parseInline(text: string): TextLeaf[] {
  const parts = text.split('**');
  // An even number of parts means an odd number of **: the last one has no partner.
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  const leaves: TextLeaf[] = [];
  parts.forEach((part, i) => {
    if (part === '') return;
    const bold = i % 2 === 1 && i < paired;
    pushLeaf(leaves, part, bold);
  });
  return leaves;
}

export function pushLeaf(leaves: TextLeaf[], text: string, bold: boolean): void {
  if (text === '') return;
  const last = leaves[leaves.length - 1];
  if (last && Boolean(last.bold) === bold) last.text += text;
  else leaves.push(bold ? { text, bold: true } : { text });
}

export function leavesText(leaves: readonly TextLeaf[]): string {
  return leaves.map((l) => l.text).join('');
}

/** Split leaves at a character offset of their joined text. */
export function splitLeaves(leaves: readonly TextLeaf[], at: number): [TextLeaf[], TextLeaf[]] {
  const head: TextLeaf[] = [];
  const tail: TextLeaf[] = [];
  let pos = 0;
  for (const leaf of leaves) {
    const end = pos + leaf.text.length;
    if (end <= at) pushLeaf(head, leaf.text, Boolean(leaf.bold));
    else if (pos >= at) pushLeaf(tail, leaf.text, Boolean(leaf.bold));
    else {
      pushLeaf(head, leaf.text.slice(0, at - pos), Boolean(leaf.bold));
      pushLeaf(tail, leaf.text.slice(at - pos), Boolean(leaf.bold));
    }
    pos = end;
  }
  return [head, tail];
}

/** Trim whitespace (including the full-width space PDF text indents with) at both ends of the leaves. */
export function trimLeaves(leaves: readonly TextLeaf[]): TextLeaf[] {
  const out = leaves.map((l) => ({ ...l }));
  while (out.length && (out[0]!.text = out[0]!.text.replace(/^[\s\u3000]+/, '')) === '') out.shift();
  while (
    out.length &&
    (out[out.length - 1]!.text = out[out.length - 1]!.text.replace(/[\s\u3000]+$/, '')) === ''
  )
    out.pop();
  return out;
}
