/**
 * The 附件说明 (GB/T 9704 7.3.4) in imported text: "附件：1.名称" then "2.名称" on the lines after it
 * (or a single "附件：名称"), between the body and the 署名. Shared by text and DOCX import; the names
 * lose their numbers (the export renumbers them) and any closing punctuation (7.3.4 wants none).
 */

const LEAD = /^附\s*件\s*[：:]\s*/;
const ITEM = /^([1-9]\d?)\s*[.．、]\s*/;

function clean(name: string): string {
  return name.replace(/[\s\u3000]+/g, '').replace(/[。；;，,、.．]+$/, '');
}

/**
 * The 附件说明 at the end of `lines` (plain text, no markup): the index of its first line and the names,
 * or null when the lines do not end with one. A line that is neither numbered nor the 附件： line is
 * taken as the wrapped rest of the name before it only when that name had a number.
 */
export function trailingAttachmentNote(lines: readonly string[]): { start: number; names: string[] } | null {
  let start = -1;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 30; i--) {
    if (LEAD.test(lines[i]!.trim())) {
      start = i;
      break;
    }
  }
  if (start < 0) return null;
  const names: string[] = [];
  let numbered = false;
  for (let i = start; i < lines.length; i++) {
    let line = lines[i]!.trim();
    if (i === start) line = line.replace(LEAD, '');
    const m = ITEM.exec(line);
    if (m) {
      if (Number(m[1]) !== names.length + 1) return null;
      names.push(line.slice(m[0].length));
      numbered = true;
    } else if (i === start) {
      names.push(line);
    } else if (numbered && names.length > 0 && !/[。！？]$/.test(names[names.length - 1]!)) {
      names[names.length - 1] += line; // a long name wrapped onto the next line
    } else return null;
  }
  const out = names.map(clean).filter((n) => n !== '');
  return out.length > 0 ? { start, names: out } : null;
}
