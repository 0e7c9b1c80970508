/**
 * What an import did, said to the user in Chinese (the editor shows these after opening an import):
 * the template chosen, where each heading went, and the warnings.
 */
import { sectionLabel } from '../../model/numbering';
import type { Template } from '../../templates/schema';
import type { ImportTextResult } from './import-text';

export function importNotes(
  result: ImportTextResult,
  templates: readonly Template[],
  chosen = true,
): string[] {
  const template = result.report.template ?? templates.find((t) => t.id === result.templateId);
  const notes = [`${chosen ? '按标题匹配选用模板' : '使用模板'}：${template?.name ?? result.templateId}。`];
  if (result.choice) notes.push(`选择依据：${result.choice.reason}。`);
  const order = result.report.sections.map((s) => s.id);
  for (const m of result.mapping) {
    const i = order.indexOf(m.sectionId);
    const where =
      m.sectionId.startsWith('extra-') || !template
        ? `${sectionLabel(i)}（附加部分）`
        : `${sectionLabel(i)}${template?.sections.find((s) => s.id === m.sectionId)?.short ?? m.sectionId}`;
    notes.push(`“${m.sourceHeading}” → ${where}`);
  }
  return [...notes, ...result.warnings];
}
