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
