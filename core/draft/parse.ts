/**
 * Reading a `.gwdraft` file: bytes → text → JSON → migrated → validated Report. Every way a file can
 * be wrong ends in a DraftError with a stable code; nothing else escapes.
 */
import { ReportSchema, SCHEMA_VERSION, type Report } from '../model/report';
import { FORBIDDEN_KEY, forbiddenKeyPath } from '../model/forbidden-keys';
import { DraftError } from './errors';
import { MAX_DRAFT_BYTES, overLimit } from './limits';
import { migrate, type JsonObject } from './migrations';
import { isPlainValidReport } from './plain-report';

export interface ParseDraftOptions {
  /** Shown in error messages (a base name, not a full path). */
  fileName: string;
  /** Template ids the app knows; when given, a draft on any other template is refused. */
  knownTemplates?: readonly string[];
  /**
   * The caller only reads the report (`gwdraft check`, `gwdraft export`): a draft that plainly passes the schema is
   * returned as parsed, without zod's copy (core/draft/plain-report.ts); anything else still goes
   * through zod, errors included. The report's objects then keep the file's key order.
   */
  readOnly?: boolean;
}

/** Decode the bytes of a file: UTF-8 only (a BOM is allowed), within the size limit. */
export function decodeDraftBytes(bytes: Uint8Array, fileName: string): string {
  if (bytes.byteLength > MAX_DRAFT_BYTES) throw draftTooLarge(bytes.byteLength, fileName);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DraftError('not-utf8', fileName);
  }
}

export function parseDraftBytes(bytes: Uint8Array, options: ParseDraftOptions): Report {
  return parseDraft(decodeDraftBytes(bytes, options.fileName), options);
}

export function parseDraft(text: string, options: ParseDraftOptions): Report {
  const { fileName } = options;
  // A string's UTF-8 size is at most 3 bytes per UTF-16 unit: only measure when it could be over.
  if (text.length * 3 > MAX_DRAFT_BYTES) {
    const size = new TextEncoder().encode(text).byteLength;
    if (size > MAX_DRAFT_BYTES) throw draftTooLarge(size, fileName);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new DraftError('empty', fileName);
  if (text.includes('\0')) throw new DraftError('not-utf8', fileName, 'NUL');

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    if (looksTruncated(text)) throw new DraftError('truncated', fileName);
    // V8's message is English: it goes into the English half only, never into the clerk's Chinese line.
    throw new DraftError('invalid-json', fileName, '', e instanceof Error ? e.message : '');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new DraftError('wrong-shape', fileName, '不是对象 / not an object');

  // Refused like any other unknown key (the schemas are strict), never silently dropped. Only a text
  // that spells the key, or escapes characters (\u…), can hold one: most drafts skip the walk.
  const forbidden = text.includes(FORBIDDEN_KEY) || text.includes('\\u') ? forbiddenKeyPath(data) : null;
  if (forbidden)
    throw new DraftError('wrong-shape', fileName, `${forbidden}: 不允许的字段 / key not allowed`);

  const doc = data as JsonObject;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    throw new DraftError('wrong-shape', fileName, 'schemaVersion');
  if (version > SCHEMA_VERSION)
    throw new DraftError('newer-version', fileName, `schemaVersion ${version} > ${SCHEMA_VERSION}`);
  const migrated = migrate(doc, version);
  if (migrated === null) throw new DraftError('wrong-shape', fileName, `schemaVersion ${version}`);

  const report = options.readOnly && isPlainValidReport(migrated) ? migrated : validated(migrated, fileName);
  const ids = new Set<string>();
  for (const s of report.sections) {
    if (ids.has(s.id)) throw new DraftError('wrong-shape', fileName, `sections: duplicate id ${s.id}`);
    ids.add(s.id);
  }
  if (
    options.knownTemplates &&
    report.template === undefined &&
    !options.knownTemplates.includes(report.templateId)
  )
    throw new DraftError('unknown-template', fileName, report.templateId);
  return report;
}

function validated(data: JsonObject, fileName: string): Report {
  const result = ReportSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DraftError(
      'wrong-shape',
      fileName,
      issue ? `${issue.path.join('.') || '/'}: ${issue.message}` : '',
    );
  }
  return result.data;
}

/** A file of `size` bytes is over the limit; `size` is the file's real size, not what was read of it. */
export function draftTooLarge(size: number, fileName: string): DraftError {
  return new DraftError('too-large', fileName, overLimit(size));
}

/**
 * True when the text reads as the beginning of a JSON document cut short: a string or a bracket is
 * still open at the end. (A save interrupted mid-write, or a copy that stopped early.)
 */
function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let opened = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      opened = true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth < 0) return false;
    }
  }
  return opened && (depth > 0 || inString);
}
