/**
 * `gwdraft retemplate FILE.gwdraft --template ID -o OUT.gwdraft [--force]`: put a draft on another
 * outline (a shipped one or the user's) without re-importing it. Every part goes to the section its
 * heading means, nothing is dropped, comments and 修订 stay; the notes say what went where.
 */
import { parseArgs, stringFlag, UserError, type Command } from '../command';
import { retemplate } from '../../core/import/retemplate';
import { refreshAnchors } from '../../core/comments/index';
import { templateOf } from '../../templates/index';
import { outlineVocabulary } from '../../templates/vocabulary';
import { defaultDataDir } from '../../electron/service/app-paths';
import { UserTemplateStore } from '../../electron/service/user-templates';
import { loadDraft, saveDraft, templateById } from './docx-input';
import { outputPath } from './output-file';
import { writeLines } from '../terminal-text';

export const retemplateCommand: Command = {
  name: 'retemplate',
  summary: '把草稿改用另一提纲（内容按标题对应，不丢文字） / move a draft onto another outline',
  usage: 'gwdraft retemplate FILE.gwdraft --template ID -o OUT.gwdraft [--force]',
  async run(args) {
    const parsed = parseArgs(args, { values: ['template', 'output'], booleans: ['force'] });
    const [file, ...more] = parsed.positional;
    if (!file) throw new UserError('需要草稿文件 / need FILE.gwdraft');
    if (more.length) throw new UserError(`多余的参数：${more[0]} / unexpected argument: ${more[0]}`);
    const id = stringFlag(parsed, 'template');
    if (!id) throw new UserError('缺少 --template 提纲编号 / missing --template ID');
    const target = (await new UserTemplateStore(defaultDataDir()).find(id)) ?? templateById(id);
    const out = await outputPath(parsed);
    const report = refreshAnchors(await loadDraft(file));
    if (report.templateId === target.id)
      throw new UserError(`草稿已在使用提纲 ${id} / the draft already uses template ${id}`);
    const result = retemplate(report, templateOf(report), target, outlineVocabulary());
    await saveDraft(out, result.report);
    writeLines(
      `提纲 / template: ${report.templateId} → ${target.id}  ${target.name}`,
      ...result.notes.map((n) => `  ${n}`),
      `已保存 / saved → ${out}`,
    );
    return 0;
  },
};
