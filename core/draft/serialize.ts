/**
 * Writing a report as a `.gwdraft` file: pretty JSON, UTF-8, trailing newline, keys always in the
 * order of the schema (zod's output follows the schema's shape; map keys sorted), so two saves of the same report are
 * byte-identical and a diff of two versions shows only what changed.
 */
import { ReportSchema, type Report } from '../model/report';
import { DraftError } from './errors';

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
  return JSON.stringify(data, null, 2) + '\n';
}

export function encodeDraft(report: Report, fileName?: string): Uint8Array {
  return new TextEncoder().encode(serializeDraft(report, fileName));
}
