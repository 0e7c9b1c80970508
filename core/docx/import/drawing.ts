/**
 * Text boxes. Word writes a text box twice: as a DrawingML shape in mc:Choice and as a VML shape in
 * mc:Fallback, both holding the same w:txbxContent. One branch is read: the first mc:Choice with a text
 * box, else the mc:Fallback. WPS and older writers put a lone VML w:pict in the run.
 */
import { isElement, type XElement } from './xml';

function hasTextBox(el: XElement): boolean {
  return el.children.some((c) => isElement(c) && (c.name === 'w:txbxContent' || hasTextBox(c)));
}

/** The branch of an mc:AlternateContent to read: a mc:Choice holding a text box, else the mc:Fallback. */
export function alternateBranch(ac: XElement): XElement | undefined {
  const branches = ac.children.filter(isElement);
  return (
    branches.find((b) => b.name === 'mc:Choice' && hasTextBox(b)) ??
    branches.find((b) => b.name === 'mc:Fallback') ??
    branches.find((b) => b.name === 'mc:Choice')
  );
}

/** The text boxes (w:txbxContent) in a drawing, picture or alternate content, each box once. */
export function textBoxesIn(el: XElement): XElement[] {
  const out: XElement[] = [];
  const walk = (e: XElement) => {
    if (e.name === 'w:txbxContent') {
      out.push(e);
      return;
    }
    if (e.name === 'mc:AlternateContent') {
      const b = alternateBranch(e);
      if (b) walk(b);
      return;
    }
    for (const c of e.children) if (isElement(c)) walk(c);
  };
  walk(el);
  return out;
}
