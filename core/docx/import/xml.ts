/**
 * A small ordered XML tree over fast-xml-parser, for reading WordprocessingML.
 * DTDs and entity declarations are refused before parsing and entities are never expanded by the
 * parser: only the five predefined entities and numeric character references are decoded here.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DocxImportError } from './errors';

export interface XElement {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
}
export type XNode = XElement | string;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return PREDEFINED[ref] ?? whole;
  });
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

type RawNode = Record<string, unknown>;

/**
 * The prefix the reader uses for each namespace it knows, Transitional and Strict alike: a writer that
 * names WordprocessingML with another prefix (or as the default namespace) is read the same.
 */
const CANONICAL_PREFIX: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
  'http://schemas.microsoft.com/office/word/2012/wordml': 'w15',
  'http://schemas.microsoft.com/office/word/2016/wordml/cid': 'w16cid',
  'http://schemas.microsoft.com/office/word/2018/wordml/cex': 'w16cex',
};

/** Namespace prefix ('' for the default) → URI, as declared on the way down. */
type Scope = ReadonlyMap<string, string>;

function withDeclarations(scope: Scope, attrs: Record<string, string>): Scope {
  let out: Map<string, string> | null = null;
  for (const [k, v] of Object.entries(attrs)) {
    if (k !== 'xmlns' && !k.startsWith('xmlns:')) continue;
    out ??= new Map(scope);
    out.set(k === 'xmlns' ? '' : k.slice(6), v);
  }
  return out ?? scope;
}

/** w:p as written, or the canonical prefix of its namespace when the reader knows it. */
function canonicalName(name: string, scope: Scope): string {
  const i = name.indexOf(':');
  const prefix = i >= 0 ? name.slice(0, i) : '';
  const uri = scope.get(prefix);
  const canonical = uri === undefined ? undefined : CANONICAL_PREFIX[uri];
  if (canonical === undefined || canonical === prefix) return name;
  return `${canonical}:${i >= 0 ? name.slice(i + 1) : name}`;
}

function convert(raw: unknown[], depth: number, scope: Scope): XNode[] {
  if (depth > 200) throw new DocxImportError('bad-xml', 'nesting too deep');
  const out: XNode[] = [];
  for (const item of raw) {
    if (typeof item !== 'object' || item === null) continue;
    const node = item as RawNode;
    for (const key of Object.keys(node)) {
      if (key === ':@') continue;
      const value = node[key];
      if (key === '#text') {
        if (typeof value === 'string' || typeof value === 'number') out.push(decodeEntities(String(value)));
        continue;
      }
      const attrs: Record<string, string> = {};
      const rawAttrs = node[':@'];
      if (typeof rawAttrs === 'object' && rawAttrs !== null)
        for (const [k, v] of Object.entries(rawAttrs as Record<string, unknown>))
          attrs[k] = decodeEntities(String(v));
      const inner = withDeclarations(scope, attrs);
      out.push({
        name: canonicalName(key, inner),
        attrs,
        children: Array.isArray(value) ? convert(value, depth + 1, inner) : [],
      });
    }
  }
  return out;
}

/** UTF-8 (or UTF-16 with a BOM, which the XML spec allows); bytes that are neither are not XML. */
function decodePart(data: Uint8Array, part: string): string {
  const utf16 =
    data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff));
  try {
    return new TextDecoder(utf16 ? (data[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8', {
      fatal: true,
    }).decode(data);
  } catch {
    throw new DocxImportError('bad-xml', `${part}: 不是 UTF-8 文本 / not UTF-8 text`);
  }
}

/** fast-xml-parser's validation error, said plainly ("tags left open: w:p, w:r" rather than a JSON array). */
function validationMessage(err: { msg: string; line: number; col: number }): string {
  const open = /^Invalid '(\[[\s\S]*\])' found\.?$/.exec(err.msg.trim());
  if (open) {
    try {
      const tags = JSON.parse(open[1]!) as unknown;
      if (Array.isArray(tags)) return `标签未闭合 / tags left open: ${tags.map(String).join(', ')}`;
    } catch {
      // fall through to the parser's own words
    }
  }
  return `${err.msg.replace(/\s+/g, ' ')} (line ${err.line}, col ${err.col})`;
}

/**
 * Parse one XML part; returns its root element. XML that is not well-formed (random bytes, a tag left
 * open, a nested zip) is an error naming the part: fast-xml-parser alone would read it as an empty or
 * partial tree, and the import would silently come out empty.
 */
export function parseXml(data: Uint8Array | string, part: string): XElement {
  const text = typeof data === 'string' ? data : decodePart(data, part);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new DocxImportError('dtd', part);
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new DocxImportError('bad-xml', `${part}: ${validationMessage(valid.err)}`);
  let raw: unknown;
  try {
    raw = parser.parse(text);
  } catch (err) {
    throw new DocxImportError('bad-xml', `${part}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const nodes = Array.isArray(raw) ? convert(raw, 0, new Map()) : [];
  const root = nodes.find((n): n is XElement => typeof n !== 'string');
  if (!root) throw new DocxImportError('bad-xml', `${part}: no root element`);
  return root;
}

export function isElement(n: XNode): n is XElement {
  return typeof n !== 'string';
}

export function child(el: XElement, name: string): XElement | undefined {
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function childrenNamed(el: XElement, name: string): XElement[] {
  return el.children.filter((c): c is XElement => typeof c !== 'string' && c.name === name);
}

/** Concatenated text of an element and its descendants. */
export function textOf(el: XElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}

/** w:val and friends: attributes are read by local name so a different prefix still works. */
export function attr(el: XElement | undefined, local: string): string | undefined {
  if (!el) return undefined;
  for (const [k, v] of Object.entries(el.attrs)) {
    const i = k.indexOf(':');
    if ((i >= 0 ? k.slice(i + 1) : k) === local) return v;
  }
  return undefined;
}

/** On/off properties (w:b, w:done …): present and not "0"/"false"/"off". */
export function isOn(el: XElement | undefined, local = 'val'): boolean {
  if (!el) return false;
  const v = attr(el, local);
  return v === undefined || !['0', 'false', 'off'].includes(v.toLowerCase());
}
