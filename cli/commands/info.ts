/**
 * `gwdraft info FILE.gwdraft [--json]`: the template, the metadata, and each section with its number,
 * heading and character count (字数 as Word/WPS count them, core/model/count.ts).
 */
import { parseArgs, UserError, type Command } from '../command';
import { countChars } from '../../core/model/count';
import { sectionLabel } from '../../core/model/numbering';
import {
  blocksText,
  formatChineseDate,
  headingOf,
  reportCharCount,
  resolvedSignature,
  resolvedTitle,
  sectionCharCount,
} from '../../core/model/report-helpers';
import { templateOf } from '../../templates/index';
import { judgedText } from '../../core/suggestions/resolve';
import { terminalJson, writeLines } from '../terminal-text';
import { loadDraft } from './draft-input';

export const infoCommand: Command = {
  name: 'info',
  summary: '显示草稿的模板、报告信息和各部分字数 / show a draft’s template, metadata and section counts',
  usage: 'gwdraft info FILE.gwdraft [--json]',
  async run(args) {
    const parsed = parseArgs(args, { values: [], booleans: ['json'] });
    if (parsed.positional.length !== 1)
      throw new UserError('需要一个草稿文件 / exactly one .gwdraft file is needed');
    const file = parsed.positional[0]!;
    // 字数 as the text reads with every pending 修订 accepted.
    const report = judgedText(await loadDraft(file));
    const template = templateOf(report);
    const sections = report.sections.map((s, i) => ({
      number: sectionLabel(i),
      id: s.id,
      heading: headingOf(s, report, template),
      extra: !template?.sections.some((t) => t.id === s.id),
      chars: sectionCharCount(s),
      subHeadings: s.blocks.filter((b) => b.type === 'heading').length,
      comments: report.comments.filter((t) => t.anchor.sectionId === s.id).length,
    }));
    const info = {
      file,
      templateId: report.templateId,
      templateName: template?.name ?? null,
      title: resolvedTitle(report, template),
      meta: report.meta,
      signature: resolvedSignature(report),
      preambleChars: countChars(blocksText(report.preamble)),
      sections,
      totalChars: reportCharCount(report),
      comments: report.comments.length,
    };
    if (parsed.flags.has('json')) {
      process.stdout.write(terminalJson(info) + '\n');
      return 0;
    }
    const w = (s: string) => writeLines(s); // org, headings … come from the file
    const m = report.meta;
    w(`文件 / file: ${file}`);
    w(`模板 / template: ${report.templateId}${template ? `  ${template.name}` : '（未知模板 / unknown）'}`);
    w(`标题 / title: ${info.title}`);
    w(`机关 / org: ${m.org || '—'}   年度 / year: ${m.year}`);
    w(
      `署名 / signature: ${info.signature || '—'}   成文日期 / date: ${m.date ? formatChineseDate(m.date) : '—'}`,
    );
    if (m.recipient) w(`主送 / recipient: ${m.recipient}`);
    if (m.docNumber) w(`文号 / number: ${m.docNumber}`);
    w(`开头 / preamble: ${info.preambleChars} 字`);
    for (const s of sections)
      w(
        `${s.number}${s.heading}${s.extra ? '（附加部分）' : ''}  ${s.chars} 字${s.subHeadings ? `，小标题 ${s.subHeadings} 个` : ''}`,
      );
    w(`合计 / total: ${info.totalChars} 字${info.comments ? `，批注 ${info.comments} 条` : ''}`);
    return 0;
  },
};
