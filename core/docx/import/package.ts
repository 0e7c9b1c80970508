/**
 * The parts of a Word package, found as Word finds them: the main document named by the package's
 * relationships (_rels/.rels, officeDocument), its styles, numbering, comments and notes named by the
 * main document's own relationships. Transitional and Strict OOXML relationship types both count, and
 * a .docm (macros) or .dotx is read like a .docx; the macros are never read. Where a writer left out
 * the relationships, Word's usual names (word/document.xml …) are taken. Another Office or OpenDocument
 * package named .docx is said to be what it is.
 */
import { DocxImportError } from './errors';
import { attr, isElement, parseXml, type XElement } from './xml';
import type { ZipArchive } from './zip';

export type WordPartKind =
  | 'styles'
  | 'numbering'
  | 'comments'
  | 'commentsExtended'
  | 'commentsIds'
  | 'commentsExtensible'
  | 'footnotes'
  | 'endnotes';

const DEFAULT_NAMES: Record<WordPartKind, string> = {
  styles: 'word/styles.xml',
  numbering: 'word/numbering.xml',
  comments: 'word/comments.xml',
  commentsExtended: 'word/commentsExtended.xml',
  // Word 2016+: durable ids of comments (by paragraph id) and their times in UTC (by durable id).
  commentsIds: 'word/commentsIds.xml',
  commentsExtensible: 'word/commentsExtensible.xml',
  footnotes: 'word/footnotes.xml',
  endnotes: 'word/endnotes.xml',
};

export interface WordParts {
  document: Uint8Array;
  documentName: string;
  parts: Map<WordPartKind, { name: string; data: Uint8Array }>;
  /** w:altChunk parts by relationship id (their bytes; absent when the archive lacks the part). */
  chunks: Map<string, Uint8Array>;
}

interface Relationship {
  id: string;
  /** The last segment of the relationship type URI: officeDocument, styles, aFChunk … */
  type: string;
  target: string;
}

function localName(el: XElement): string {
  const i = el.name.indexOf(':');
  return i >= 0 ? el.name.slice(i + 1) : el.name;
}

/** A part's relationships to other parts of the package (external targets left out). */
function relationships(zip: ZipArchive, source: string): Relationship[] {
  const slash = source.lastIndexOf('/');
  const dir = slash >= 0 ? source.slice(0, slash + 1) : '';
  const relsName = `${dir}_rels/${source.slice(slash + 1)}.rels`;
  const data = zip.read(relsName);
  if (!data) return [];
  const out: Relationship[] = [];
  for (const rel of parseXml(data, relsName).children.filter(isElement)) {
    if (localName(rel) !== 'Relationship' || attr(rel, 'TargetMode') === 'External') continue;
    const type = (attr(rel, 'Type') ?? '').split('/').pop() ?? '';
    const target = attr(rel, 'Target');
    if (type && target) out.push({ id: attr(rel, 'Id') ?? '', type, target: resolvePart(dir, target) });
  }
  return out;
}

/** The target of the first relationship of a type. */
function targetOf(rels: readonly Relationship[], type: string): string | undefined {
  return rels.find((r) => r.type === type)?.target;
}

/** A relationship target, relative to the source's folder or absolute from the package root. */
function resolvePart(dir: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : dir + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** What a package that has no Word document is, by the parts it has. */
function notWord(zip: ZipArchive): DocxImportError {
  if (zip.has('xl/workbook.xml'))
    return new DocxImportError('not-word', '这是 Excel 表格（.xlsx） / an Excel workbook');
  if (zip.has('ppt/presentation.xml'))
    return new DocxImportError('not-word', '这是 PowerPoint 演示文稿（.pptx） / a PowerPoint presentation');
  const mime = zip.read('mimetype');
  if (mime && /opendocument/.test(new TextDecoder().decode(mime.subarray(0, 200))))
    return new DocxImportError(
      'not-word',
      '这是 OpenDocument 文档（.odt），请在 WPS 或 LibreOffice 中“另存为” .docx / an OpenDocument file: save it as .docx in WPS or LibreOffice',
    );
  return new DocxImportError('not-docx');
}

export function readWordParts(zip: ZipArchive): WordParts {
  const named = targetOf(relationships(zip, ''), 'officeDocument');
  const documentName = named && zip.has(named) ? named : 'word/document.xml';
  const document = zip.read(documentName);
  if (!document) throw notWord(zip);
  const rels = relationships(zip, documentName);
  const parts = new Map<WordPartKind, { name: string; data: Uint8Array }>();
  for (const kind of Object.keys(DEFAULT_NAMES) as WordPartKind[]) {
    const target = targetOf(rels, kind);
    const name = target && zip.has(target) ? target : DEFAULT_NAMES[kind];
    const data = zip.read(name);
    if (data) parts.set(kind, { name, data });
  }
  const chunks = new Map<string, Uint8Array>();
  for (const r of rels) {
    const data = r.type === 'aFChunk' ? zip.read(r.target) : undefined;
    if (data) chunks.set(r.id, data);
  }
  return { document, documentName, parts, chunks };
}
