/**
 * Characters that do not show, or reorder what is shown: C0 and C1 controls except line breaks and tabs,
 * DEL, and the bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069). A comment or a file's text
 * may carry them; the CLI (cli/terminal-text.ts) and the 批注 panel (renderer/comments/format.ts) show
 * them as escapes, so "\u202eevil" is not read as "live".
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const HIDDEN_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
