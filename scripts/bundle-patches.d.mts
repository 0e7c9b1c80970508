/** The module name under which the bundle finds docx's fflate copy. */
export const DOCX_FFLATE_MODULE: string;
/** docx's source with its fflate copy required on first use, and that copy as a CommonJS module; or null. */
export function splitDocxFflate(source: string): { docx: string; fflate: string } | null;
/** fflate's esm/index.mjs with dflt's two per-byte loops in functions of their own; or null. */
export function fflateDeflateLoops(source: string): string | null;
/**
 * fflate's esm/index.mjs reading `revfd` and `rev` from the file at `pathExpression` (JavaScript text
 * evaluated in the module), and that file's bytes as fflate's own code computes them; or null.
 */
export function fflatePrecomputedTables(
  source: string,
  pathExpression: string,
): { source: string; tables: Uint8Array } | null;
/** docx's source with the default styles of a Document made when first written; or null. */
export function docxLazyDefaultStyles(source: string): string | null;
