/**
 * The preview's pages, shared by 打印预览, 打印 and the status bar's 第 N 页 / 共 M 页: the DOCX the
 * export writes, rendered by docx-preview from its bytes, cut into A4 pages of the text block's height
 * (paginate.ts) with "— N —" page numbers where GB/T 9704 puts them. One pagination, three readers.
 */
import { renderAsync } from 'docx-preview';
import { gbt9704Profile } from '../../core/docx/export/profile';
import { lineBoxes, pageStarts, type LineBox } from './paginate';
import './export.css';

const MM = 96 / 25.4;
/** GB/T 9704 5.2.1: A4 and the 156 × 225 mm text block, 37 mm from the top and 28 mm from the left. */
const PAGE = { width: 210, height: 297, top: 37, left: 28, blockWidth: 156, blockHeight: 225 };

/**
 * docx-preview does not render character spacing (rPr w:spacing). The exporter writes the profile's
 * negative spacing on every body-size run (that is what gives 28 characters a line), so body-size runs
 * get it back here as letter-spacing; other sizes (title, 版记, footer) carry none in the file.
 */
function restoreCharSpacing(root: HTMLElement): void {
  const p = gbt9704Profile();
  const bodyPx = `${Math.round(((p.type.bodyPt.value * 96) / 72) * 1000) / 1000}`;
  const spacing = `${p.grid.charSpacingTwips.value / 20}pt`;
  // Read every size first, then write: interleaving would recompute styles once per run.
  const runs = Array.from(root.querySelectorAll<HTMLElement>('span'));
  const body = runs.filter(
    (run) => `${Math.round(parseFloat(getComputedStyle(run).fontSize) * 1000) / 1000}` === bodyPx,
  );
  for (const run of body) run.style.letterSpacing = spacing;
}

/**
 * Which blocks keep with the next, as the exporter writes them (keep-with-next, which docx-preview
 * does not render): headings; from the 署名 back, the blank lines and 附件说明 before it and the last
 * paragraphs of 正文 up to two lines (whole paragraphs, as LibreOffice moves them); the 署名 before its
 * date.
 */
function keptBlocks(blocks: readonly HTMLElement[], lineCount: (b: HTMLElement) => number): Set<HTMLElement> {
  const kept = new Set<HTMLElement>();
  const is = (b: HTMLElement, style: string) => b.classList.contains(`docx_${style}`);
  for (const b of blocks) if (/\bdocx_gwheading\d\b/.test(b.className)) kept.add(b);
  const sig = blocks.findIndex((b) => is(b, 'gwsignature'));
  if (sig < 0) return kept;
  if (blocks[sig + 1] && is(blocks[sig + 1]!, 'gwsignature')) kept.add(blocks[sig]!);
  let i = sig - 1;
  while (i >= 0 && (blocks[i]!.textContent?.trim() === '' || is(blocks[i]!, 'gwattachmentnote')))
    kept.add(blocks[i--]!);
  for (let lines = 0; i >= 0 && lines < 2; i--) {
    kept.add(blocks[i]!);
    lines += Math.max(1, lineCount(blocks[i]!));
  }
  return kept;
}

/** Rects of every line in the flow, relative to `flow`'s top; lines of kept blocks marked. */
function measureLines(flow: HTMLElement): LineBox[] {
  const origin = flow.getBoundingClientRect().top;
  const rects: LineBox[] = [];
  const blocks = Array.from(flow.querySelectorAll<HTMLElement>(':scope > p, :scope > table, :scope > div'));
  const found = new Map<HTMLElement, DOMRect[]>();
  for (const block of blocks) {
    const range = document.createRange();
    range.selectNodeContents(block);
    found.set(
      block,
      Array.from(range.getClientRects()).filter((r) => r.height > 0 && r.width > 0),
    );
  }
  const kept = keptBlocks(
    blocks,
    (b) => lineBoxes(found.get(b)!.map((r) => ({ top: r.top, bottom: r.bottom }))).length,
  );
  for (const block of blocks) {
    const keep = kept.has(block);
    const rectsOf = found.get(block)!;
    // A table breaks between rows: each row is one "line".
    const boxes: Element[] =
      block.tagName === 'TABLE'
        ? Array.from(block.querySelectorAll('tr'))
        : rectsOf.length === 0
          ? [block]
          : [];
    for (const b of boxes) {
      const r = b.getBoundingClientRect();
      if (r.height > 0) rects.push({ top: r.top - origin, bottom: r.bottom - origin, keep });
    }
    for (const r of block.tagName === 'TABLE' ? [] : rectsOf)
      rects.push({ top: r.top - origin, bottom: r.bottom - origin, keep });
  }
  return lineBoxes(rects);
}

/** The 版记's section (7.4.1): it starts on an even page, a blank one first when needed; neither is numbered. */
function isClosing(flow: HTMLElement): boolean {
  return flow.querySelector('.docx_gwclosing') !== null;
}

/** Lay each rendered section's flow out as pages into `out`; returns the page count. */
export function paginate(rendered: HTMLElement, out: HTMLElement): number {
  const height = PAGE.blockHeight * MM;
  let n = 0;
  for (const section of rendered.querySelectorAll<HTMLElement>('section.docx')) {
    const flow = section.querySelector<HTMLElement>(':scope > article') ?? section;
    const closing = isClosing(flow);
    if (closing && n % 2 === 0) {
      n += 1;
      const blank = document.createElement('div');
      blank.className = 'gw-pv-page';
      blank.setAttribute('role', 'group');
      blank.setAttribute('aria-label', `第${n}页（空白页）`);
      blank.dataset.page = String(n);
      out.appendChild(blank);
    }
    const starts = pageStarts(measureLines(flow), height);
    for (let i = 0; i < starts.length; i++) {
      n += 1;
      const page = document.createElement('div');
      page.className = 'gw-pv-page';
      page.setAttribute('role', 'group');
      page.setAttribute('aria-label', `第${n}页`);
      page.dataset.page = String(n);
      const block = document.createElement('div');
      block.className = 'gw-pv-block';
      const end = starts[i + 1] ?? Number.POSITIVE_INFINITY;
      block.style.height = `${Math.min(height, end - starts[i]!)}px`;
      // The whole section is cloned so docx-preview's styles (scoped under section.docx) still apply.
      const slice = section.cloneNode(true) as HTMLElement;
      slice.classList.add('gw-pv-slice');
      const sliceFlow =
        flow === section ? slice : (slice.querySelector<HTMLElement>(':scope > article') ?? slice);
      sliceFlow.style.marginTop = `${-starts[i]!}px`;
      // Blocks wholly outside this page are emptied, so a long report is not held n times over.
      const blocks = Array.from(flow.children) as HTMLElement[];
      const copies = Array.from(sliceFlow.children) as HTMLElement[];
      const origin = flow.getBoundingClientRect().top;
      blocks.forEach((b, j) => {
        const r = b.getBoundingClientRect();
        const top = r.top - origin;
        const bottom = r.bottom - origin;
        const copy = copies[j];
        if (!copy || (bottom >= starts[i]! - 1 && top <= end + 1)) return;
        // Keep its box (and margins) so the flow does not move, but not its text.
        copy.replaceChildren();
        copy.style.boxSizing = 'border-box';
        copy.style.height = `${r.height}px`;
      });
      block.appendChild(slice);
      page.appendChild(block);
      if (!closing) {
        const num = document.createElement('div');
        num.className = `gw-pv-num ${n % 2 === 1 ? 'gw-pv-odd' : 'gw-pv-even'}`;
        num.textContent = `— ${n} —`;
        page.appendChild(num);
      }
      out.appendChild(page);
    }
  }
  return n;
}

/** Render `bytes` into `measure` (docx-preview's styles into `styles`), fonts loaded, spacing restored. */
export async function renderDocx(
  bytes: Uint8Array,
  measure: HTMLElement,
  styles: HTMLElement,
): Promise<void> {
  await renderAsync(bytes, measure, styles, {
    inWrapper: false,
    ignoreWidth: false,
    ignoreHeight: true,
    ignoreFonts: true,
    breakPages: true,
    ignoreLastRenderedPageBreak: true,
    renderHeaders: false,
    renderFooters: false,
    renderFootnotes: false,
    renderEndnotes: false,
    renderComments: false,
    useBase64URL: true,
    experimental: false,
  });
  await document.fonts.ready;
  restoreCharSpacing(measure);
}

/** One paragraph (or table row block) of the rendered flow: its page and its text. */
export interface FlowBlock {
  page: number;
  text: string;
}

/**
 * The page of every block of the rendered document, by the same cut as `paginate` (so the status bar's
 * 共 M 页 is the preview's), without building the pages.
 */
export function pageMap(rendered: HTMLElement): { pages: number; blocks: FlowBlock[] } {
  const height = PAGE.blockHeight * MM;
  let before = 0;
  const blocks: FlowBlock[] = [];
  for (const section of rendered.querySelectorAll<HTMLElement>('section.docx')) {
    const flow = section.querySelector<HTMLElement>(':scope > article') ?? section;
    if (isClosing(flow) && before % 2 === 0) before += 1; // the blank page before the 版记
    const starts = pageStarts(measureLines(flow), height);
    const origin = flow.getBoundingClientRect().top;
    for (const b of Array.from(flow.children) as HTMLElement[]) {
      const top = b.getBoundingClientRect().top - origin;
      let i = 0;
      while (i + 1 < starts.length && starts[i + 1]! <= top + 1) i++;
      blocks.push({ page: before + i + 1, text: (b.textContent ?? '').replace(/\s+/g, '') });
    }
    before += starts.length;
  }
  return { pages: Math.max(before, 1), blocks };
}
