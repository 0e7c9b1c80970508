/**
 * `gwdraft import INPUT.(txt|md|docx) [--template ID] -o FILE.gwdraft [--force] [--json]`: a report
 * written elsewhere, onto a template. Prints which template was chosen and where each heading went.
 */
import { extname } from 'node:path';
import { parseArgs, stringFlag, UserError, type Command } from '../command';
import type { HeadingMapping } from '../../core/import/text/index';
import { sectionLabel } from '../../core/model/numbering';
import { headingOf } from '../../core/model/report-helpers';
import type { Report } from '../../core/model/report';
import { templateOf } from '../../templates/index';
import { importDocxFile, rollOver, saveDraft, templateById } from './docx-input';
import { importTextFile, isTextInput } from './input-file';
import { outputPath } from './output-file';
import { terminalJson, writeLines } from '../terminal-text';
import { unsupportedInputMessage } from '../../core/import/unsupported';

interface Outcome {
  report: Report;
  chosen: boolean;
  mapping: HeadingMapping[] | null;
  notes: string[];
  /** Why the template won, with the runner-up and both scores. */
  reason: string | null;
}

export const importCommand: Command = {
  name: 'import',
  summary: '导入文本、Markdown 或 Word 报告 / import a report from .txt, .md or .docx',
  usage:
    'gwdraft import INPUT.(txt|md|docx) [--template ID] [--next-year] -o FILE.gwdraft [--force] [--json]',
  async run(args) {
    const parsed = parseArgs(args, {
      values: ['template', 'output'],
      booleans: ['force', 'json', 'next-year'],
    });
    if (parsed.positional.length !== 1)
      throw new UserError(
        '需要一个输入文件 / exactly one input file is needed: gwdraft import INPUT -o FILE.gwdraft',
      );
    const input = parsed.positional[0]!;
    const templateId = stringFlag(parsed, 'template');
    if (templateId) templateById(templateId); // a clear error before reading anything
    const out = await outputPath(parsed);
    const ext = extname(input).toLowerCase();

    let outcome: Outcome;
    if (ext === '.docx') {
      const imported = await importDocxFile(input, {
        ...(templateId ? { templateId } : {}),
        nextYear: parsed.flags.has('next-year'),
      });
      const why = imported.notes.find((n) => n.startsWith('选择依据：'));
      outcome = {
        report: imported.report,
        chosen: !templateId,
        mapping: null,
        notes: imported.notes.filter((n) => n !== why),
        reason: why ? why.replace(/^选择依据：/u, '').replace(/。$/u, '') : null,
      };
    } else if (isTextInput(input)) {
      const r = await importTextFile(input, templateId);
      // Last year's report kept only as text (a copy of the published page) rolls over as a .docx does.
      const { report, notes } = parsed.flags.has('next-year')
        ? rollOver(r.report, r.warnings)
        : { report: r.report, notes: r.warnings };
      outcome = { report, chosen: !templateId, mapping: r.mapping, notes, reason: r.choice?.reason ?? null };
    } else {
      const m = unsupportedInputMessage(input, '可导入 .txt、.md、.docx', '.txt, .md or .docx');
      throw new UserError(`${m.zh} / ${m.en}`);
    }

    await saveDraft(out, outcome.report);
    const { report } = outcome;
    const template = templateOf(report);
    const sections = report.sections.map((s, i) => ({
      number: sectionLabel(i),
      id: s.id,
      heading: headingOf(s, report, template),
    }));
    if (parsed.flags.has('json')) {
      const json = {
        output: out,
        templateId: report.templateId,
        templateChosen: outcome.chosen,
        meta: report.meta,
        mapping: outcome.mapping,
        reason: outcome.reason,
        sections,
        notes: outcome.notes,
      };
      process.stdout.write(terminalJson(json) + '\n');
      return 0;
    }
    const w = (s: string) => writeLines(s); // org, headings, notes come from the file
    w(
      `模板 / template: ${report.templateId}  ${template?.name ?? ''}${outcome.chosen ? '（按标题自动选择 / chosen by headings）' : ''}`,
    );
    if (outcome.reason) w(`选择依据 / why: ${outcome.reason}`);
    w(
      `机关 / org: ${report.meta.org || '（未识别）'}   年度 / year: ${report.meta.year}   成文日期 / date: ${report.meta.date ?? '（无）'}`,
    );
    if (outcome.mapping) {
      w(`标题映射 / heading mapping (${outcome.mapping.length}):`);
      for (const m of outcome.mapping) {
        const i = sections.findIndex((s) => s.id === m.sectionId);
        const short = template?.sections.find((s) => s.id === m.sectionId)?.short;
        const target =
          i < 0
            ? m.sectionId
            : short
              ? `${sections[i]!.number}${short} [${m.sectionId}]`
              : `${sections[i]!.number}（附加部分 / extra） [${m.sectionId}]`;
        w(`  “${m.sourceHeading}” → ${target}  ${m.score.toFixed(2)}`);
      }
    } else {
      w('各部分 / sections:');
      for (const s of sections) w(`  ${s.number}${s.heading}`);
    }
    for (const n of outcome.notes) w(`提示 / note: ${n}`);
    w(`已写入 / written: ${out}`);
    return 0;
  },
};
