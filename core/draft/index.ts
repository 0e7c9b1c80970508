/** The `.gwdraft` file format: one pretty UTF-8 JSON file per report. */
export { DraftError, DRAFT_ERROR_CODES, isDraftError, type DraftErrorCode } from './errors';
export { serializeDraft, encodeDraft } from './serialize';
export {
  parseDraft,
  parseDraftBytes,
  decodeDraftBytes,
  draftTooLarge,
  type ParseDraftOptions,
} from './parse';
export { MAX_DRAFT_BYTES, MAX_INPUT_BYTES, formatSize, overLimit } from './limits';
export { MIGRATIONS, migrate } from './migrations';
