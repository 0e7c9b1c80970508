/**
 * In Electron a menu accelerator and the page's own keydown can both report one key press. The page
 * acts on the first report; the other source's report of the same command within ECHO_MS is its echo
 * and is dropped. Two reports from the same source are two presses, however quick (a clerk pressing
 * Ctrl+E again right after answering a dialog must get a second export).
 */
export const ECHO_MS = 300;

/** 'button': a click in the page, which no accelerator echoes. */
export type ShortcutSource = 'key' | 'menu' | 'button';

/** A filter for one group of commands: true when a report should be acted on. */
export function createEchoFilter(): (command: string, source: ShortcutSource) => boolean {
  let last: { command: string; source: ShortcutSource | null; at: number } = {
    command: '',
    source: null,
    at: Number.NEGATIVE_INFINITY,
  };
  return (command, source) => {
    const now = performance.now();
    const echo =
      source !== 'button' &&
      last.source !== null &&
      last.source !== 'button' &&
      last.command === command &&
      last.source !== source &&
      now - last.at < ECHO_MS;
    if (echo) return false;
    last = { command, source, at: now };
    return true;
  };
}
