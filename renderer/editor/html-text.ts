/**
 * HTML from Word, WPS or a web page → plain lines (one per paragraph). Styles, scripts, Office XML and
 * comments are dropped; block elements and <br> end lines. Whitespace inside a paragraph collapses, and
 * the line wraps Word puts into its HTML source between Chinese characters vanish. A table row is one
 * line, its cells apart by two ideographic spaces, as the text and Word imports write a row.
 */
import { CELL_GAP } from '../../core/model/table-row';

const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'TABLE',
  'UL',
  'OL',
  'DT',
  'DD',
  'CAPTION',
]);
const SKIP = new Set([
  'STYLE',
  'SCRIPT',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'XML',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
]);

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) +| +(?=[${CJK}])`, 'g');

/** Stands between two cells of a row until the line is tidied (a private-use character). */
const CELL = '\ue000';

function tidy(line: string): string {
  return line
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(SPACE_BETWEEN_CJK, '')
    .replace(/^[\s\ue000]+|[\s\ue000]+$/g, '')
    .replace(/\s*(?:\ue000\s*)+/g, CELL_GAP)
    .trim();
}

export function htmlToPlainText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const lines: string[] = [];
  let current = '';
  const endLine = () => {
    const t = tidy(current);
    if (t) lines.push(t);
    current = '';
  };
  // Inside a table cell, paragraphs (Word writes a <p> in every cell) and <br> do not end the row's line.
  let cells = 0;
  const blockEdge = (tag: string) => {
    if (cells > 0 && tag !== 'TR' && tag !== 'TABLE') current += ' ';
    else endLine();
  };
  // Iterative walk: a 100,000-character paste can nest deeply enough to matter for recursion.
  const stack: { node: Node; exit: boolean }[] = [{ node: doc.body, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === Node.TEXT_NODE) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    const cell = tag === 'TD' || tag === 'TH';
    if (exit) {
      if (cell) cells--;
      else if (BLOCK.has(tag)) blockEdge(tag);
      continue;
    }
    if (SKIP.has(tag) || tag.includes(':')) {
      // Office namespaced tags (o:p, v:shape …) carry no text of their own worth keeping, except o:p spaces.
      continue;
    }
    if (tag === 'BR') {
      blockEdge(tag);
      continue;
    }
    if (cell) {
      cells++;
      current += CELL;
    } else if (BLOCK.has(tag)) blockEdge(tag);
    stack.push({ node: el, exit: true });
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, exit: false });
  }
  endLine();
  return lines.join('\n');
}
