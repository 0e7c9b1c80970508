/**
 * The XML text of what a docx component's `prepForXml` gives (`{ "w:p": [ {_attr}, {"w:r": …}, "text" ] }`),
 * byte for byte as the docx library's own writer (`stringifyXmlable`, without indentation) writes it,
 * quirks included: a text value after an element replaces that element (as the old `xml` package did),
 * an element with only attributes is self-closing, an array of only attributes gives an empty
 * `<a …></a>`, attribute values are escaped only when they are strings.
 *
 * Why: the library first turns that object into a second tree (name, attribute list, content list per
 * element) and then joins it, which for a 200-page body allocates about a million short-lived objects
 * and strings; this writes each element's text in one pass. zip-package.test.ts checks the output against
 * the library's on every part of full exports.
 */

/** One element as `prepForXml` gives it: its name as the only key. */
export type Xmlable = { readonly [name: string]: unknown };

// The characters the library escapes (and drops, for the C0 controls) in text and attribute values.
// eslint-disable-next-line no-control-regex
const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex
const SPECIAL_ALL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

function escapeAll(value: string): string {
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (ch) => ESCAPES[ch] ?? '') : value;
}

/** A value as the library writes it: strings escaped, anything else through String(). */
function valueText(value: unknown): string {
  return typeof value === 'string' ? escapeAll(value) : String(value);
}

function firstKey(o: object): string | undefined {
  for (const k in o) return k;
  return undefined;
}

function attributesOf(attr: object): string {
  let out = '';
  for (const k in attr) out += ` ${k}="${valueText((attr as Record<string, unknown>)[k])}"`;
  return out;
}

/** The XML of one element. */
export function xmlOf(data: Xmlable): string {
  const name = firstKey(data);
  const values = name === undefined ? undefined : data[name];
  let attrs = '';
  // The element's content as the library's list: `body` holds all but the last entry, `last` the
  // last one (a text value replaces it), `length` how many entries there are.
  let body = '';
  let last = '';
  let length = 0;
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { _attr?: object; _cdata?: string };
      if (attr) attrs += attributesOf(attr);
      if (cdata) {
        body += last;
        last = `<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`;
        length++;
      }
      if (Array.isArray(values)) {
        let isStringContent = false;
        body += last;
        last = '';
        length++;
        for (const value of values as unknown[]) {
          if (typeof value === 'object') {
            const key = firstKey(value as object);
            if (key === '_attr') attrs += attributesOf((value as { _attr: object })._attr);
            else {
              body += last;
              last = xmlOf(value as Xmlable);
              length++;
            }
          } else {
            isStringContent = true;
            last = value === undefined ? '' : valueText(value);
          }
        }
        if (!isStringContent) {
          body += last;
          last = '';
          length++;
        }
      }
    }
  } else {
    last = values === undefined ? '' : valueText(values);
    length++;
  }
  if (!name) return length === 0 ? `${attrs}/>` : attrs + body + last;
  if (length === 0) return `<${name}${attrs}/>`;
  return `<${name}${attrs}>${body}${last}</${name}>`;
}

/**
 * The XML of a component written straight from the component tree, without first building its
 * `prepForXml` object: for the components whose `prepForXml` is the library's generic one (elements,
 * elements left out when empty, attributes) and for paragraphs and paragraph properties without the
 * cases their own `prepForXml` handles (hyperlinks, list numbering). Any other component (a table, a
 * colour) is written by its own `prepForXml` and then by `xmlOf`, so the output is the library's.
 * `context.stack` holds the ancestors exactly as the library keeps it (some components look at it).
 */
export interface WriteContext {
  stack: unknown[];
}

interface Component {
  readonly rootKey: unknown;
  readonly root: unknown;
  readonly writtenAs?: readonly Component[];
  readonly includeIfEmpty?: boolean;
  readonly numbering?: unknown;
  readonly xmlKeys?: Readonly<Record<string, string>>;
  prepForXml(context: WriteContext): unknown;
}

type PrepForXml = Component['prepForXml'];

/** The `prepForXml` methods whose output this module knows (see `componentXml`). */
export interface KnownMethods {
  generic: PrepForXml;
  ignoreIfEmpty: PrepForXml;
  attributes: PrepForXml;
  nextAttributes: PrepForXml;
  paragraph: PrepForXml;
  paragraphProperties: PrepForXml;
  isComponent(value: unknown): value is Component;
  elementOf(value: unknown): unknown;
}

/** An element's content as the library collects it (see `xmlOf`). */
class Content {
  attrs = '';
  body = '';
  last = '';
  length = 1;
  isString = false;
  count = 0;
  firstIsAttr = false;

  attr(attrs: string): void {
    if (this.count++ === 0) this.firstIsAttr = true;
    this.attrs += attrs;
  }
  element(xml: string): void {
    this.count++;
    this.body += this.last;
    this.last = xml;
    this.length++;
  }
  text(value: unknown): void {
    this.count++;
    this.isString = true;
    this.last = value === undefined ? '' : valueText(value);
  }
  /** A value as `prepForXml` gives it. */
  value(value: unknown): void {
    if (value === undefined) return;
    if (typeof value === 'object' && value !== null) {
      if (firstKey(value) === '_attr') this.attr(attributesOf((value as { _attr: object })._attr));
      else this.element(xmlOf(value as Xmlable));
    } else this.text(value);
  }
}

export function componentXml(
  m: KnownMethods,
  comp: Component,
  context: WriteContext,
  ignoreIfEmpty: boolean,
): string | undefined {
  context.stack.push(comp);
  const c = new Content();
  const root = comp.root as unknown[];
  for (let i = 0; i < root.length; i++) {
    const child = root[i];
    if (m.isComponent(child)) {
      const parts = child.writtenAs;
      if (parts) for (const part of parts) addComponent(m, c, part, context);
      else addComponent(m, c, child, context);
    } else if (Array.isArray(child)) for (const v of child as unknown[]) c.value(v);
    else c.value(child);
  }
  context.stack.pop();
  const name = String(comp.rootKey);
  if (c.count === 0) return ignoreIfEmpty ? undefined : `<${name}/>`;
  if (c.count === 1 && c.firstIsAttr) return `<${name}${c.attrs}/>`;
  return `<${name}${c.attrs}>${c.body}${c.last}</${name}>`;
}

function addComponent(m: KnownMethods, c: Content, comp: Component, context: WriteContext): void {
  const prep = comp.prepForXml;
  if (prep === m.generic) c.element(componentXml(m, comp, context, false)!);
  else if (prep === m.ignoreIfEmpty || (prep === m.paragraphProperties && comp.numbering === undefined)) {
    const xml = componentXml(m, comp, context, !comp.includeIfEmpty);
    if (xml !== undefined) c.element(xml);
  } else if (prep === m.attributes) {
    // XmlAttributeComponent: the defined values, under their XML names
    const attrs: Record<string, unknown> = {};
    const root = comp.root as Record<string, unknown>;
    for (const key of Object.keys(root)) {
      const v = root[key];
      if (v !== undefined) attrs[(comp.xmlKeys && comp.xmlKeys[key]) || key] = v;
    }
    c.attr(attributesOf(attrs));
  } else if (prep === m.nextAttributes) {
    // NextAttributeComponent: { name: { key, value } }; a key given twice keeps its first place
    const attrs: Record<string, unknown> = {};
    for (const a of Object.values(comp.root as Record<string, { key: string; value: unknown }>))
      if (a.value !== undefined) attrs[a.key] = a.value;
    c.attr(attributesOf(attrs));
  } else if (prep === m.paragraph && !hasHyperlink(m, comp))
    c.element(componentXml(m, comp, context, false)!);
  else c.value(prep.call(comp, context));
}

/** A paragraph with an external hyperlink: its own `prepForXml` replaces the link first. */
export function hasHyperlink(m: KnownMethods, paragraph: Component): boolean {
  for (const child of paragraph.root as unknown[])
    if (m.elementOf(child) === 'w:externalHyperlink') return true;
  return false;
}
