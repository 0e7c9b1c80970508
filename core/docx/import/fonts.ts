/**
 * What a run's styles say about it. The typeface, as far as it tells a heading level: GB/T 9704 sets 一、 headings in 黑体 and
 * （一） headings in 楷体, and many reports carry only that direct formatting, no heading style. The face
 * is the run's own (w:rFonts w:eastAsia, else w:ascii), else its character style's, else its paragraph
 * style's, each following basedOn. And bold from a character style (Word's 要点 "Strong", a WPS 加粗
 * style), as a bold 接排 heading may be set.
 */
import { attr, child, childrenNamed, isOn, type XElement } from './xml';

export type FontKind = 'hei' | 'kai';

/** 黑体 / SimHei / 方正黑体 → hei; 楷体 / 楷体_GB2312 / KaiTi / 华文楷体 → kai; other faces → undefined. */
export function fontKind(name: string | undefined): FontKind | undefined {
  if (!name) return undefined;
  if (/黑体|simhei|heiti|fzhei/i.test(name)) return 'hei';
  if (/楷体|kaiti|stkaiti|fzkai|^kai$/i.test(name)) return 'kai';
  return undefined;
}

/** The face named by an rPr: w:eastAsia (the face of Chinese text), else w:ascii. */
export function rPrFont(rPr: XElement | undefined): string | undefined {
  const f = rPr && child(rPr, 'w:rFonts');
  return attr(f, 'eastAsia') ?? attr(f, 'ascii') ?? attr(f, 'hAnsi');
}

/**
 * Style id → what the style sets (`own` gives what each style sets itself, undefined when it leaves it
 * to its basedOn style): its own value, else its basedOn chain's first. Loops in the chain stop.
 */
function throughBasedOn<T>(
  own: ReadonlyMap<string, { value: T | undefined; basedOn: string | undefined }>,
): Map<string, T> {
  const out = new Map<string, T>();
  for (const id of own.keys()) {
    const seen = new Set<string>();
    let cur: string | undefined = id;
    while (cur !== undefined && !seen.has(cur)) {
      seen.add(cur);
      const s = own.get(cur);
      if (!s) break;
      if (s.value !== undefined) {
        out.set(id, s.value);
        break;
      }
      cur = s.basedOn;
    }
  }
  return out;
}

/** Style id → the face it gives (its own rPr, else its basedOn chain's), for paragraph and character styles. */
export function readStyleFonts(root: XElement | null): Map<string, FontKind> {
  const own = new Map<string, { value: string | undefined; basedOn: string | undefined }>();
  if (root)
    for (const s of childrenNamed(root, 'w:style')) {
      const id = attr(s, 'styleId');
      if (!id) continue;
      own.set(id, { value: rPrFont(child(s, 'w:rPr')), basedOn: attr(child(s, 'w:basedOn'), 'val') });
    }
  const out = new Map<string, FontKind>();
  for (const [id, font] of throughBasedOn(own)) {
    const kind = fontKind(font);
    if (kind) out.set(id, kind);
  }
  return out;
}

/** Character styles that set their runs bold (w:b on, in the style or its basedOn chain). */
export function readBoldStyles(root: XElement | null): Set<string> {
  const own = new Map<string, { value: boolean | undefined; basedOn: string | undefined }>();
  if (root)
    for (const s of childrenNamed(root, 'w:style')) {
      const id = attr(s, 'styleId');
      if (!id || attr(s, 'type') !== 'character') continue;
      const rPr = child(s, 'w:rPr');
      const b = rPr && child(rPr, 'w:b');
      own.set(id, { value: b ? isOn(b) : undefined, basedOn: attr(child(s, 'w:basedOn'), 'val') });
    }
  const out = new Set<string>();
  for (const [id, bold] of throughBasedOn(own)) if (bold) out.add(id);
  return out;
}
