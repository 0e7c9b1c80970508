/**
 * Writing a report as a `.gwdraft` file: pretty JSON, UTF-8, trailing newline, keys always in the
 * order of the schema (zod's output follows the schema's shape; map keys sorted), so two saves of the
 * same report are byte-identical and a diff of two versions shows only what changed. Small flat objects
 * (a run of text: `{ "text": "…", "bold": true }`) sit on one line, so a diff shows one line per edited run.
 */
import { ReportSchema, type Report } from '../model/report';
import { DraftError } from './errors';
import { MAX_DRAFT_BYTES, overLimit } from './limits';

export function serializeDraft(report: Report, fileName = '(未命名)'): string {
  const result = ReportSchema.safeParse(report);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DraftError(
      'invalid-report',
      fileName,
      issue ? `${issue.path.join('.')}: ${issue.message}` : '',
    );
  }
  const data = result.data;
  // The one map in the model: sort its keys, since its insertion order carries no meaning.
  if (data.baseline) {
    const sorted = Object.keys(data.baseline.sections).sort();
    data.baseline.sections = Object.fromEntries(sorted.map((k) => [k, data.baseline!.sections[k]!]));
  }
  return pretty(data, '') + '\n';
}

/** Objects of at most this many keys, all of them strings, numbers, booleans or null, go on one line. */
const INLINE_KEYS = 3;

function isPrimitive(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}

/** JSON.stringify(value, null, 2), except that small flat objects are written on one line. */
function pretty(value: unknown, indent: string): string {
  if (isPrimitive(value)) return JSON.stringify(value);
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + pretty(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  if (entries.length <= INLINE_KEYS && entries.every(([, v]) => isPrimitive(v)))
    return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`).join(',\n')}\n${indent}}`;
}

/**
 * The bytes of a draft file, refused (DraftError 'too-large', nothing written) when the loader would
 * refuse to open them again.
 */
export function encodeDraft(report: Report, fileName = '(未命名)'): Uint8Array {
  const bytes = new TextEncoder().encode(serializeDraft(report, fileName));
  if (bytes.byteLength > MAX_DRAFT_BYTES)
    throw new DraftError('too-large-to-save', fileName, overLimit(bytes.byteLength));
  return bytes;
}
