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
export {
  decodeText,
  decodeTextBytes,
  GBK_NOTE,
  TextDecodeError,
  MAX_TEXT_BYTES,
  type TextDecodeCode,
  type TextEncoding,
} from './decode';
export { importNotes } from './notes';
export { importTextBytes } from './import-bytes';
