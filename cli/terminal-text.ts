/**
 * Text from files (an org, a heading, a comment, a file name in a folder) made safe to print on a
 * terminal: control characters are shown escaped instead of being obeyed, so a draft holding
 * `ESC]0;…BEL ESC[2J` cannot retitle the window, clear the screen or fake output lines. Escaped:
 * C0 controls (ESC, BEL, CR, backspace …), DEL, C1 controls (0x9B is an 8-bit CSI), and the bidi
 * overrides and isolates that reorder what is shown (U+202A–U+202E, U+2066–U+2069). Tab is kept; a
 * newline is kept only where the text is printed as a block (`multiline`).
 * Every CLI output of file text goes through here; JSON output is already escaped by JSON.stringify.
 */

import { HIDDEN_CHARS } from '../core/model/hidden-chars';
import { writeOut } from './stdio';

// eslint-disable-next-line no-control-regex
const SINGLE_LINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Kept: line breaks and tabs. */
const MULTI_LINE = HIDDEN_CHARS;

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `s` with every control character shown as an escape (\x1b, \x07, \r, \n, \u202e …). */
export function terminalText(s: string, opts: { multiline?: boolean } = {}): string {
  return s.replace(opts.multiline ? MULTI_LINE : SINGLE_LINE, escape);
}

/** Lines written to stdout, each made terminal-safe (newlines inside a line are escaped). */
export function writeLines(...lines: string[]): void {
  writeOut(lines.map((l) => terminalText(l)).join('\n') + '\n');
}

const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON for stdout: JSON.stringify escapes C0 controls already; C1 controls (UTF-8 terminals may obey
 * U+009B as CSI) and bidi overrides are escaped too (`\u009b`), which is still the same JSON value.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    JSON_UNSAFE,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
