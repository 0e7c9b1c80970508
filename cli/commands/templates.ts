/**
 * `gwdraft templates [--json]`: the shipped outline templates, id and name.
 */
import { parseArgs, UserError, type Command } from '../command';
import { shippedTemplates } from '../../templates/index';

const AUDIENCE: Record<string, string> = {
  department: '部门',
  government: '政府',
  county: '县级',
  township: '乡镇',
};

export const templatesCommand: Command = {
  name: 'templates',
  summary: '列出提纲模板 / list the outline templates',
  usage: 'gwdraft templates [--json]',
  async run(args) {
    const parsed = parseArgs(args, { values: [], booleans: ['json'] });
    if (parsed.positional.length > 0)
      throw new UserError(`多余的参数 ${parsed.positional[0]} / unexpected argument ${parsed.positional[0]}`);
    const list = shippedTemplates().map((t) => ({
      id: t.id,
      name: t.name,
      audience: t.audience,
      sections: t.sections.length,
      items: t.items.length,
    }));
    if (parsed.flags.has('json')) {
      process.stdout.write(JSON.stringify(list, null, 2) + '\n');
      return 0;
    }
    const width = Math.max(...list.map((t) => t.id.length));
    for (const t of list)
      process.stdout.write(
        `${t.id.padEnd(width)}  ${t.name}（${AUDIENCE[t.audience] ?? t.audience}，${t.sections} 部分）\n`,
      );
    return 0;
  },
};
