/**
 * Measuring for fitPanels (fit.ts): the window's body, the page's own width at 100 % and the panels'
 * widths (CSS variables set per screen size in styles.css), again on every resize and zoom. And the
 * open/closed state of a folded panel shown over the page.
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type RefObject,
} from 'react';
import { fitPanels, type Fit } from './fit';

const UNFOLDED: Fit = { outlineFolded: false, sideFolded: false, scrolls: false };

const px = (v: string) => parseFloat(v) || 0;

/** The panels' fit for the page at `zoom` in the body `body` (holding .gw-centre and its .gw-page). */
export function usePanelFit(body: RefObject<HTMLElement | null>, zoom: number): Fit {
  const [fit, setFit] = useState<Fit>(UNFOLDED);
  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    const measure = () => {
      const centre = el.querySelector<HTMLElement>('.gw-centre');
      const page = centre?.querySelector<HTMLElement>('.gw-page');
      if (!centre || !page) return;
      const b = getComputedStyle(el);
      const c = getComputedStyle(centre);
      // Computed lengths are the page's own, before its zoom.
      const p = getComputedStyle(page);
      const scrollbar = Math.max(0, centre.offsetWidth - centre.clientWidth);
      const next = fitPanels({
        body: el.clientWidth,
        page: px(p.width) + px(p.paddingLeft) + px(p.paddingRight),
        zoom,
        gutter: px(c.paddingLeft) + px(c.paddingRight) + scrollbar,
        outline: px(b.getPropertyValue('--gw-outline-w')),
        side: px(b.getPropertyValue('--gw-side-w')),
        rail: px(b.getPropertyValue('--gw-rail-w')),
      });
      setFit((prev) =>
        prev.outlineFolded === next.outlineFolded &&
        prev.sideFolded === next.sideFolded &&
        prev.scrolls === next.scrolls
          ? prev
          : next,
      );
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [body, zoom]);
  return fit;
}

/**
 * A folded panel's overlay: closed whenever the panel (un)folds; while open, a click outside it or
 * the keyboard going from it into the page's text (a jump, 修正) closes it, so it does not lie over
 * the words the clerk goes to type. The third value is the panel's onKeyDown: Esc folds the overlay and
 * puts the focus on the rail button that opens it again (`rail`, a selector inside the panel), as a
 * disclosure does; an Escape something inside already took (a form's 取消, a dialog: they call
 * preventDefault) is left to it.
 */
export function useFoldedOverlay(
  panel: RefObject<HTMLElement | null>,
  folded: boolean,
  rail: string,
): [boolean, (open: boolean) => void, (e: ReactKeyboardEvent) => void] {
  const [open, setOpen] = useState(false);
  // (Un)folding closes it (state adjusted while rendering, as React advises over an effect).
  const [was, setWas] = useState(folded);
  if (was !== folded) {
    setWas(folded);
    setOpen(false);
  }
  const setOpenState = useCallback((v: boolean) => setOpen(v && folded), [folded]);
  useEffect(() => {
    if (!open) return;
    const outside = (e: Event) => {
      const t = e.target;
      if (!(t instanceof Element) || panel.current?.contains(t)) return;
      // A dialog the panel opened (the reviewer's name) or a notice is not "elsewhere".
      if (t.closest('[aria-modal="true"], .gw-notices')) return;
      setOpenState(false);
    };
    // Only focus sent from the panel itself (a jump, 修正): focus coming back from a dialog the panel
    // asked for (the reviewer's name before a comment) leaves it open, with what it was showing.
    const into = (e: FocusEvent) => {
      const from = e.relatedTarget;
      if (!(from instanceof Node) || !panel.current?.contains(from)) return;
      if (e.target instanceof Element && e.target.closest('.gw-page')) setOpenState(false);
    };
    document.addEventListener('pointerdown', outside, true);
    document.addEventListener('focusin', into);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      document.removeEventListener('focusin', into);
    };
  }, [open, panel, setOpenState]);
  const onKeyDown = (e: ReactKeyboardEvent) => {
    if (!folded || !open || e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    setOpenState(false);
    panel.current?.querySelector<HTMLElement>(rail)?.focus();
  };
  return [open, setOpenState, onKeyDown];
}
