/**
 * `gwdraft template …`: outlines users make and share.
 *   new --from 通知.(docx|txt|md) -o 提纲.json   the outline of a 法治办's notice as a template file
 *   check FILE.json                              validate a template file (errors name line and field)
 *   list | import FILE.json | export ID -o FILE.json | remove ID   the user templates of the app data
 *   folder (--data-dir DIR, default as `gwdraft serve`)
 */
import { writeFileAtomic } from '../../electron/service/atomic-write';
import { resolve } from 'node:path';
import { parseArgs, stringFlag, UserError, type Command } from '../command';
import { checkTemplateText } from '../../core/templates/check-file';
import { sectionLabel } from '../../core/model/numbering';
import { shippedTemplates } from '../../templates/index';
import { outlineVocabulary } from '../../templates/vocabulary';
import { defaultDataDir } from '../../electron/service/app-paths';
import {
  templateFromNoticeFile,
  TemplateFileProblem,
  UserTemplateStore,
} from '../../electron/service/user-templates';
import { outputPath, TEMPLATE_OUTPUT } from './output-file';
import { readInput } from './read-input';
import { MAX_INPUT_BYTES } from '../../core/draft/index';

/** A template file, read as a regular file only (readInput refuses pipes and devices at once). */
async function readText(path: string): Promise<string> {
  return new TextDecoder().decode(await readInput(path, MAX_INPUT_BYTES));
}

function problem(e: unknown): never {
  if (e instanceof TemplateFileProblem) throw new UserError(e.message);
  throw e;
}

const w = (s: string) => process.stdout.write(s + '\n');

/** The kinds of unit a deadline's 机关 patterns are (the vocabulary's), as the clerk calls them. */
function unitsOf(orgs: readonly string[]): string {
  const vocab = outlineVocabulary();
  const names = vocab.unitKinds.filter((k) => k.patterns.some((p) => orgs.includes(p))).map((k) => k.name);
  return names.length > 0 ? names.join('、') : '部分单位';
}

export const templateCommand: Command = {
  name: 'template',
  summary: '从通知生成提纲模板、校验和管理用户模板 / make, check and manage outline templates',
  usage:
    'gwdraft template new --from 通知.(docx|txt|md) -o 提纲.json [--force] | check FILE.json | list | import FILE.json | export ID -o FILE.json | remove ID [--data-dir DIR]',
  async run(args) {
    const parsed = parseArgs(args, {
      values: ['from', 'output', 'data-dir'],
      booleans: ['force', 'json'],
    });
    const [sub, arg] = parsed.positional;
    const store = () => new UserTemplateStore(resolve(stringFlag(parsed, 'data-dir') ?? defaultDataDir()));
    switch (sub) {
      case 'new': {
        const from = stringFlag(parsed, 'from');
        if (!from) throw new UserError('缺少 --from 通知文件 / missing --from NOTICE');
        const out = await outputPath(parsed, TEMPLATE_OUTPUT);
        const template = await templateFromNoticeFile(from).catch((e: unknown) => {
          if ((e as NodeJS.ErrnoException).code === 'ENOENT')
            throw new UserError(`文件不存在：${from} / no such file: ${from}`);
          return problem(e);
        });
        await writeFileAtomic(out, JSON.stringify(template, null, 2) + '\n');
        w(`已生成提纲模板 / template written: ${out}（${template.id}，${template.name}）`);
        template.sections.forEach((s, i) => {
          const ceiling = template.items
            .filter((it) => it.section === s.id)
            .flatMap((it) => it.rules)
            .find((r) => r.kind === 'maxLength');
          const notes = [
            s.minChars ? `不少于${s.minChars}字` : '',
            ceiling ? `不超过${ceiling.chars}字` : '',
            s.required ? '' : '可不写',
          ].filter(Boolean);
          w(`  ${sectionLabel(i)}${s.heading}${notes.length ? `（${notes.join('，')}）` : ''}`);
        });
        const whole = template.items.find(
          (it) => it.section === null && it.rules.some((r) => r.kind === 'maxLength'),
        );
        if (whole) w(`字数 / length: ${whole.title}`);
        if (template.deadlines.length > 0)
          w(
            `时限 / deadlines: ${template.deadlines
              .map((d) => `${d.month}月${d.day}日前${d.title}${d.orgs ? `（${unitsOf(d.orgs)}）` : ''}`)
              .join('；')}`,
          );
        const attached = template.items.filter((i) => i.section !== null).length;
        w(`检查清单 / checklist: ${template.items.length} 项，其中 ${attached} 项按标题含义对应到各部分`);
        w('请核对各部分标题和说明，再用 gwdraft template import 加入模板库。');
        return 0;
      }
      case 'check': {
        if (!arg)
          throw new UserError('需要模板文件 / a template file is needed: gwdraft template check FILE');
        const result = checkTemplateText(await readText(arg));
        if (parsed.flags.has('json')) {
          w(JSON.stringify({ file: arg, valid: result.errors.length === 0, errors: result.errors }, null, 2));
          return result.errors.length ? 1 : 0;
        }
        if (result.template) {
          w(
            `${arg}：模板有效 / valid — ${result.template.id}，${result.template.name}，${result.template.sections.length} 部分，${result.template.items.length} 项检查`,
          );
          return 0;
        }
        for (const e of result.errors) w(`${arg}:${e.line}: ${e.field || '（整个文件）'}: ${e.message}`);
        w(`共 ${result.errors.length} 处错误 / ${result.errors.length} error(s)`);
        return 1;
      }
      case 'list': {
        const user = await store().list();
        for (const t of shippedTemplates()) w(`${t.id}  ${t.name}（内置，只读）`);
        for (const t of user) w(`${t.id}  ${t.name}（用户模板）`);
        return 0;
      }
      case 'import': {
        if (!arg)
          throw new UserError('需要模板文件 / a template file is needed: gwdraft template import FILE');
        const t = await store()
          .add(await readText(arg))
          .catch(problem);
        w(`已加入模板库 / added: ${t.id}  ${t.name}`);
        return 0;
      }
      case 'export': {
        if (!arg)
          throw new UserError('需要模板编号 / a template id is needed: gwdraft template export ID -o FILE');
        const out = await outputPath(parsed, TEMPLATE_OUTPUT);
        await writeFileAtomic(out, await store().exportJson(arg).catch(problem));
        w(`已导出 / exported: ${out}`);
        return 0;
      }
      case 'remove': {
        if (!arg) throw new UserError('需要模板编号 / a template id is needed: gwdraft template remove ID');
        await store().remove(arg).catch(problem);
        w(`已删除 / removed: ${arg}`);
        return 0;
      }
      default:
        throw new UserError(
          `未知的子命令 ${sub ?? ''}（new、check、list、import、export、remove） / unknown subcommand ${sub ?? ''}`,
        );
    }
  },
};
