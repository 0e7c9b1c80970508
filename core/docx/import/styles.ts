/**
 * Outline levels from styles.xml: a paragraph style's own w:outlineLvl, then its basedOn chain,
 * then its name ("heading 2", "标题 2"). Levels are 0-based as in OOXML (0 = 一、).
 */
import { attr, child, childrenNamed, type XElement } from './xml';

export interface StyleInfo {
  id: string;
  name: string;
  basedOn: string | null;
  outlineLvl: number | null;
  /** The list a style numbers its paragraphs with (w:numPr in the style, as heading styles linked to a list). */
  numPr: { numId: string; ilvl: number } | null;
}

export type StyleMap = Map<string, StyleInfo>;

function parseLevel(v: string | undefined): number | null {
  if (v === undefined) return null;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 && n <= 9 ? n : null;
}

export function readStyles(root: XElement | null): StyleMap {
  const map: StyleMap = new Map();
  if (!root) return map;
  for (const s of childrenNamed(root, 'w:style')) {
    if (attr(s, 'type') !== undefined && attr(s, 'type') !== 'paragraph') continue;
    const id = attr(s, 'styleId');
    if (!id) continue;
    const pPr = child(s, 'w:pPr');
    map.set(id, {
      id,
      name: attr(child(s, 'w:name'), 'val') ?? id,
      basedOn: attr(child(s, 'w:basedOn'), 'val') ?? null,
      outlineLvl: parseLevel(attr(pPr && child(pPr, 'w:outlineLvl'), 'val')),
      numPr: stylesNumPr(pPr),
    });
  }
  return map;
}

function stylesNumPr(pPr: XElement | undefined): StyleInfo['numPr'] {
  const numPr = pPr && child(pPr, 'w:numPr');
  const numId = attr(numPr && child(numPr, 'w:numId'), 'val');
  if (numId === undefined) return null;
  const ilvl = Number(attr(numPr && child(numPr, 'w:ilvl'), 'val') ?? 0);
  return { numId, ilvl: Number.isInteger(ilvl) ? ilvl : 0 };
}

/** The list numbering a style gives its paragraphs, following basedOn (numId 0: none). */
export function styleNumPr(styles: StyleMap, styleId: string | null): StyleInfo['numPr'] {
  const seen = new Set<string>();
  let id = styleId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const s = styles.get(id);
    if (!s) return null;
    if (s.numPr) return s.numPr.numId === '0' ? null : s.numPr;
    id = s.basedOn;
  }
  return null;
}

/** "heading 1", "Heading1", "标题 1", "标题1" → 0. */
export function levelFromStyleName(name: string): number | null {
  const m = /^(?:heading|标题)\s*([1-9])$/i.exec(name.trim());
  return m ? Number(m[1]) - 1 : null;
}

export { parseLevel };

/** The outline level a style gives, following basedOn (with a guard against cycles). */
export function styleOutlineLevel(styles: StyleMap, styleId: string | null): number | null {
  const seen = new Set<string>();
  let id = styleId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const s = styles.get(id);
    if (!s) return levelFromStyleName(id);
    if (s.outlineLvl !== null) return s.outlineLvl;
    const byName = levelFromStyleName(s.name);
    if (byName !== null) return byName;
    id = s.basedOn;
  }
  return null;
}

/**
 * Character styles linked to a heading paragraph style (Word's "标题 2 字符", gwdraft's GwHeading2Char):
 * a run set in one is a heading run on into the paragraph's text (接排). Style id → 0-based outline level.
 */
export function readRunHeadingLevels(root: XElement | null, styles: StyleMap): Map<string, number> {
  const out = new Map<string, number>();
  if (!root) return out;
  for (const s of childrenNamed(root, 'w:style')) {
    if (attr(s, 'type') !== 'character') continue;
    const id = attr(s, 'styleId');
    const link = attr(child(s, 'w:link'), 'val');
    if (!id || !link) continue;
    const level = styleOutlineLevel(styles, link);
    if (level !== null) out.set(id, level);
  }
  return out;
}
