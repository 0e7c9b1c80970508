/** The module name under which the bundle finds docx's fflate copy. */
export const DOCX_FFLATE_MODULE: string;
/** docx's source with its fflate copy required on first use, and that copy as a CommonJS module; or null. */
export function splitDocxFflate(source: string): { docx: string; fflate: string } | null;
/** fflate's esm/index.mjs with dflt's two per-byte loops in functions of their own; or null. */
export function fflateDeflateLoops(source: string): string | null;
/** fflate's esm/index.mjs with `revfd` and `rev` given as data computed by fflate's own code; or null. */
export function fflatePrecomputedTables(source: string): string | null;
/** docx's source with the default styles of a Document made when first written; or null. */
export function docxLazyDefaultStyles(source: string): string | null;
