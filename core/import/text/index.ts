/** Import of plain text and Markdown reports. */
export {
  importText,
  ImportError,
  type ImportTextOptions,
  type ImportTextResult,
  type HeadingMapping,
} from './import-text';
export {
  chooseTemplate,
  matchHeadings,
  outlineFit,
  similarity,
  normaliseHeading,
  MATCH_THRESHOLD,
} from './match';
export { parseDateLine, parseTitle } from './closing';
export { decodeTextBytes, TextDecodeError, MAX_TEXT_BYTES, type TextDecodeCode } from './decode';
export { importNotes } from './notes';
