/**
 * `gwdraft new --template ID --org NAME --year YYYY -o FILE.gwdraft [--force]`: an empty report on a
 * template, ready to open in the editor.
 */
import { parseArgs, stringFlag, UserError, type Command } from '../command';
import { createReport } from '../../core/model/report-helpers';
import { sectionLabel } from '../../core/model/numbering';
import { sectionHeading } from '../../core/templates/load';
import { saveDraft, templateById } from './docx-input';
import { defaultDataDir } from '../../electron/service/app-paths';
import { UserTemplateStore } from '../../electron/service/user-templates';
import { outputPath } from './output-file';
import { writeLines } from '../terminal-text';

export const newCommand: Command = {
  name: 'new',
  summary: '按模板新建报告草稿 / start a new report on a template',
  usage: 'gwdraft new --template ID --org 机关名称 --year YYYY -o FILE.gwdraft [--force]',
  async run(args) {
    const parsed = parseArgs(args, { values: ['template', 'org', 'year', 'output'], booleans: ['force'] });
    if (parsed.positional.length > 0)
      throw new UserError(`多余的参数 ${parsed.positional[0]} / unexpected argument ${parsed.positional[0]}`);
    const id = stringFlag(parsed, 'template');
    if (!id)
      throw new UserError(
        '缺少 --template（见 gwdraft templates） / missing --template (see gwdraft templates)',
      );
    // A user's template (gwdraft template import) is found in the app data folder; the draft carries a copy.
    const template = (await new UserTemplateStore(defaultDataDir()).find(id)) ?? templateById(id);
    const org = (stringFlag(parsed, 'org') ?? '').trim();
    if (!org) throw new UserError('缺少 --org 机关名称 / missing --org (the organ’s full name)');
    if ([...org].length > 200) throw new UserError('机关名称过长 / --org is too long');
    const yearText = stringFlag(parsed, 'year');
    if (!yearText) throw new UserError('缺少 --year 年度 / missing --year');
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 2000 || year > 2100)
      throw new UserError(
        `年度无效：${yearText}（应为 2000–2100 的四位数） / invalid --year ${yearText} (2000-2100)`,
      );
    const out = await outputPath(parsed);

    const report = createReport(template, { org, year });
    if (template.origin === 'user') report.template = template;
    await saveDraft(out, report);
    writeLines(
      `已新建 / created ${out}：${template.name}，${org} ${year} 年`,
      ...template.sections.map((s, i) => `  ${sectionLabel(i)}${sectionHeading(s.heading, year)}`),
    );
    return 0;
  },
};
