/**
 * The shipped outline templates, validated on first use (templates/validated-data.ts; in the CLI bundle,
 * at build time).
 */
import type { Template } from '../core/templates/schema';
import type { Report } from '../core/model/report';
import { shippedTemplateData } from './validated-data';

let cache: readonly Template[] | null = null;

export function shippedTemplates(): readonly Template[] {
  cache ??= shippedTemplateData();
  return cache;
}

export function findTemplate(id: string): Template | undefined {
  return shippedTemplates().find((t) => t.id === id);
}

/** A report's template: the copy it carries (自拟提纲, a user's template), else the shipped one by id. */
export function templateOf(report: Report): Template | undefined {
  return report.template ?? findTemplate(report.templateId);
}
