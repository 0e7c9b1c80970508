/**
 * Small parts written as strings and handed to the packer as overrides: the odd and even footers
 * (with a cached result inside each PAGE field, which some WPS versions need to show a number at all)
 * and the font table (each font with its fallback in w:altName).
 */
import { escapeXml } from './text-safety';
import { ptToTwips, type FontRole, type FontSpec, type FormatProfile } from './profile';
import { R_NS, STYLE, W_NS } from './styles-xml';

/** Odd pages: right, one character in; even pages: left, one character in (7.5). */
export function footerXml(p: FormatProfile, side: 'odd' | 'even'): string {
  const indent = p.pageNumber.sideIndentChars.value * ptToTwips(p.type.pageNumberPt.value);
  const [before, after] = p.pageNumber.format.value.split('{n}') as [string, string | undefined];
  const cached = side === 'odd' ? '1' : '2';
  const ind = side === 'odd' ? `<w:ind w:right="${indent}"/>` : `<w:ind w:left="${indent}"/>`;
  const jc = side === 'odd' ? 'right' : 'left';
  const text = (t: string) => (t ? `<w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>` : '');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:ftr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p><w:pPr><w:pStyle w:val="${STYLE.footer}"/>${ind}<w:jc w:val="${jc}"/></w:pPr>` +
    text(before) +
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${cached}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
    text(after ?? '') +
    `</w:p></w:ftr>`
  );
}

/** The font table: every font the profile names, the first fallback as w:altName, GB2312 charset. */
export function fontTableXml(fonts: Record<FontRole, FontSpec>): string {
  const seen = new Set<string>();
  let body = '';
  for (const spec of Object.values(fonts)) {
    if (seen.has(spec.name)) continue;
    seen.add(spec.name);
    const alt = spec.fallbacks[0];
    body +=
      `<w:font w:name="${escapeXml(spec.name)}">` +
      (alt ? `<w:altName w:val="${escapeXml(alt)}"/>` : '') +
      `<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W_NS}" xmlns:r="${R_NS}">${body}</w:fonts>`;
}
