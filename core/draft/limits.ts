/**
 * The one size limit of a `.gwdraft` file, for what gwdraft writes and what it reads. A report is a few
 * hundred KB; a file over this is not a draft, or would make the editor unusable. The loader refuses a
 * larger file, so every writer (the CLI's import/new/merge-comments, the service's save) refuses to
 * write one: nothing gwdraft writes is ever a draft it cannot open again.
 */
export const MAX_DRAFT_BYTES = 20 * 1024 * 1024;

/** Any file the app or the CLI reads as a document (.gwdraft, .txt, .md, .docx) is at most this big. */
export const MAX_INPUT_BYTES = MAX_DRAFT_BYTES;

/** "25.0 MiB"; exact bytes when one decimal would hide the difference from `other` ("20.0 MiB > 20.0 MiB"). */
export function formatSize(bytes: number, other?: number): string {
  const mib = (n: number) => {
    const v = n / 1024 / 1024;
    return Number.isInteger(v) ? `${v} MiB` : `${v.toFixed(1)} MiB`;
  };
  const tenths = (n: number) => Math.round((n / 1024 / 1024) * 10);
  if (other !== undefined && tenths(bytes) === tenths(other)) return `${bytes} bytes`;
  return mib(bytes);
}

/** "25.0 MiB > 20 MiB": a size against the limit, never two equal-looking numbers. */
export function overLimit(bytes: number, limit: number = MAX_DRAFT_BYTES): string {
  return `${formatSize(bytes, limit)} > ${formatSize(limit, bytes)}`;
}
