/**
 * `gwdraft comments FILE.(gwdraft|docx) [--json]`: the comment threads of a draft — id, author, quote, section,
 * resolved, detached, replies — and beside them its pending suggestions (修订): type, text, author, unit,
 * time (this machine's local time, as the app shows it; `--json` keeps the file's UTC), section, 无法定位. `--json` prints `{ "threads": [...], "suggestions": [...] }`. A reviewer's Word
 * file (.docx) is read as `import` reads it: its comments placed on its own text, its track changes.
 */
import { parseArgs, UserError, type Command } from '../command';
import { listThreads, refreshAnchors } from '../../core/comments/index';
import { templateOf } from '../../templates/index';
import { listSuggestions } from '../../core/suggestions/list';
import { refreshSuggestions } from '../../core/suggestions/anchor';
import { importDocxFile, isDocx, loadDraft } from './docx-input';
import { terminalJson, terminalText } from '../terminal-text';

/**
 * A comment's time as the reviewer's clock showed it — this machine's time zone, as the app's 批注 tab
 * shows it — not the UTC the file keeps (a comment written at 10:00 in Beijing is not "02:00").
 */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function oneLine(s: string, max = 40): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export const comments: Command = {
  name: 'comments',
  summary: '列出草稿或 Word 文件中的批注 / list the comment threads of a draft or a Word file',
  usage: 'gwdraft comments FILE.(gwdraft|docx) [--json]',
  async run(args) {
    const parsed = parseArgs(args, { values: [], booleans: ['json'] });
    const [file, ...more] = parsed.positional;
    if (!file) throw new UserError('缺少草稿文件 / missing FILE.gwdraft or FILE.docx');
    if (more.length) throw new UserError(`多余的参数：${more[0]} / unexpected argument: ${more[0]}`);
    // Anchors are refreshed from the marks first, so sections and quotes reflect the text as it is.
    const source = isDocx(file) ? (await importDocxFile(file)).report : await loadDraft(file);
    const report = refreshSuggestions(refreshAnchors(source));
    const template = templateOf(report);
    const list = listThreads(report, template);
    const changes = listSuggestions(report, template);
    if (parsed.flags.has('json')) {
      process.stdout.write(terminalJson({ threads: list, suggestions: changes }) + '\n');
      return 0;
    }
    if (changes.length > 0) {
      const lost = changes.filter((c) => c.detached).length;
      process.stdout.write(
        `修订 ${changes.length} 处${lost ? `（无法定位 ${lost} 处）` : ''} / ${changes.length} suggested changes\n`,
      );
      for (const c of changes)
        process.stdout.write(
          `  [${c.id}] ${c.type === 'insert' ? '插入' : '删除'} “${oneLine(c.text)}” ${c.author}${c.unit ? `（${c.unit}）` : ''} ` +
            `${localTime(c.createdAt)}  ${c.detached ? '无法定位' : c.sectionLabel}\n`,
        );
      process.stdout.write('\n');
    }
    if (list.length === 0) {
      process.stdout.write('没有批注 / no comments\n');
      return 0;
    }
    const open = list.filter((t) => !t.resolved).length;
    process.stdout.write(
      `批注 ${list.length} 条（未解决 ${open} 条） / ${list.length} threads (${open} open)\n`,
    );
    for (const t of list) {
      const state = [
        t.resolved ? '已解决' : '未解决',
        t.place === 'heading' ? '在部分标题上' : t.detached && !t.place ? '原文已删除' : '',
      ]
        .filter(Boolean)
        .join('，');
      // Every field comes from the file: each printed line is made terminal-safe (newlines escaped).
      const lines = [
        '',
        `[${t.id}] ${t.author}${t.unit ? `（${t.unit}）` : ''} ${localTime(t.createdAt)}  ${t.sectionLabel}  ${state}`,
        `  “${oneLine(t.quote)}”`,
        ...t.text.split('\n').map((l) => `  ${l}`),
        ...t.replies.flatMap((r) => `    ↳ ${r.author}：${r.text}`.split('\n')),
      ];
      process.stdout.write(lines.map((l) => terminalText(l)).join('\n') + '\n');
    }
    return 0;
  },
};
