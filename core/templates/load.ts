/**
 * Validating templates. Pure: callers pass the parsed JSON (templates/index.ts bundles the shipped ones).
 */
import { TemplateSchema, type Template } from './schema';

export class TemplateError extends Error {
  constructor(
    readonly templateId: string,
    readonly detail: string,
  ) {
    super(`模板 ${templateId} 无效 / invalid template ${templateId}: ${detail}`);
    this.name = 'TemplateError';
  }
}

export function parseTemplate(data: unknown): Template {
  const result = TemplateSchema.safeParse(data);
  if (!result.success) {
    const id =
      typeof data === 'object' && data !== null && 'id' in data ? String((data as { id: unknown }).id) : '?';
    const first = result.error.issues[0];
    throw new TemplateError(id, first ? `${first.path.join('.')}: ${first.message}` : 'invalid');
  }
  return result.data;
}

/** The section heading with {year} (and {nextYear}, the year after) filled in (no number). */
export function sectionHeading(heading: string, year: number): string {
  return heading.replaceAll('{year}', String(year)).replaceAll('{nextYear}', String(year + 1));
}

export function reportTitle(pattern: string, org: string, year: number): string {
  return pattern.replaceAll('{org}', org).replaceAll('{year}', String(year));
}
