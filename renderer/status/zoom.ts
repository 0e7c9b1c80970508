/**
 * The page's zoom, 50–200 % in steps of 10 %: Ctrl+滚轮 over the page, Ctrl+= / Ctrl+-, Ctrl+0 outside
 * the text (in the text Ctrl+0 is 设为正文), the Electron menu's 放大页面/缩小页面/页面实际大小, and the
 * status bar. Only the page scales (CSS zoom through --gw-zoom); the toolbar and panels keep their size.
 * Remembered in the user's settings, as 审阅模式 is (`bindZoomSettings`): the loopback host's origin
 * changes with its port, so the browser's storage is only a first guess before the settings arrive.
 */
import { useEffect, useSyncExternalStore, type RefObject } from 'react';
import type { GwdraftApi } from '../../core/api/contract';
import { onMenuCommand } from '../api/client';
import { createEchoFilter } from '../keyboard/shortcut-echo';

export const ZOOM_MIN = 0.5;
export const ZOOM_MAX = 2;
const STEP = 0.1;
const KEY = 'gwdraft.zoom';

function read(): number {
  try {
    const v = Number(localStorage.getItem(KEY));
    return Number.isFinite(v) && v >= ZOOM_MIN && v <= ZOOM_MAX ? v : 1;
  } catch {
    return 1;
  }
}

let zoom = typeof localStorage === 'undefined' ? 1 : read();
const listeners = new Set<() => void>();

/** Clamp to 50–200 % and round to whole percent. */
export function clampZoom(z: number): number {
  return Math.round(Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, z)) * 100) / 100;
}

export function getZoom(): number {
  return zoom;
}

function apply(next: number): void {
  if (next === zoom) return;
  zoom = next;
  try {
    localStorage.setItem(KEY, String(next));
  } catch {
    // Storage unavailable: the settings still keep it.
  }
  for (const l of listeners) l();
}

/** Writes the zoom to the settings (bound by bindZoomSettings); null until then. */
let save: ((z: number) => void) | null = null;
/** The user zoomed since the settings were asked for: their answer must not undo it. */
let touched = false;

export function setZoom(z: number): void {
  const next = clampZoom(z);
  touched = true;
  if (next === zoom) return;
  apply(next);
  save?.(next);
}

/**
 * Take the zoom from the settings and keep writing it there (one write at a time, the latest value
 * last). Returns the unbind function.
 */
export function bindZoomSettings(api: GwdraftApi): () => void {
  let live = true;
  touched = false;
  api['settings.get']({}).then(
    (s) => {
      if (live && !touched && s.zoom !== undefined) apply(clampZoom(s.zoom));
    },
    () => {},
  );
  let writing = false;
  let pending: number | null = null;
  const write = (z: number) => {
    if (writing) {
      pending = z;
      return;
    }
    writing = true;
    void api['settings.set']({ zoom: z })
      .catch(() => {})
      .finally(() => {
        writing = false;
        const next = pending;
        pending = null;
        if (next !== null && next !== z) write(next);
      });
  };
  save = write;
  return () => {
    live = false;
    if (save === write) save = null;
  };
}

export function zoomBy(steps: number): void {
  setZoom(Math.round((zoom + steps * STEP) * 10) / 10);
}

export function useZoom(): number {
  return useSyncExternalStore((fn) => {
    listeners.add(fn);
    return () => listeners.delete(fn);
  }, getZoom);
}

/** The page's text, where Ctrl+0 is 设为正文. */
function isTextTarget(t: EventTarget | null): boolean {
  return t instanceof Element && t.closest('[data-slate-editor]') !== null;
}

// The Electron menu's accelerator and the page's own keydown may both see one Ctrl+=: one step.
const act = createEchoFilter();
function step(dir: 1 | -1, source: 'key' | 'menu'): void {
  if (act(`zoom${dir}`, source)) zoomBy(dir);
}

/** Ctrl+wheel over `area`, Ctrl+= / Ctrl+- anywhere, and the menu's zoom commands. */
export function useZoomControls(area: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = area.current;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      if (e.deltaY !== 0) zoomBy(e.deltaY < 0 ? 1 : -1);
    };
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      if (e.key === '0' && !e.shiftKey) {
        // In the text Ctrl+0 is 设为正文 (with Ctrl+1…3, the levels); elsewhere it resets, as in a browser.
        if (isTextTarget(e.target)) return;
        e.preventDefault();
        setZoom(1);
      } else if (e.key === '=' || e.key === '+') {
        e.preventDefault();
        step(1, 'key');
      } else if (e.key === '-' || e.key === '_') {
        e.preventDefault();
        step(-1, 'key');
      }
    };
    el?.addEventListener('wheel', onWheel, { passive: false });
    window.addEventListener('keydown', onKey);
    const off = onMenuCommand((cmd) => {
      if (cmd.command === 'view.zoomIn') step(1, 'menu');
      else if (cmd.command === 'view.zoomOut') step(-1, 'menu');
      else if (cmd.command === 'view.zoomReset') setZoom(1);
    });
    return () => {
      el?.removeEventListener('wheel', onWheel);
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [area]);
}
