/**
 * `gwdraft comments FILE.gwdraft [--json]`: the comment threads of a draft — id, author, quote, section,
 * resolved, detached, replies.
 */
import { parseArgs, UserError, type Command } from '../command';
import { refreshAnchors } from '../../core/comments/index';
import { sectionLabel } from '../../core/model/numbering';
import type { Report, Thread } from '../../core/model/report';
import { findTemplate } from '../../templates/index';
import { loadDraft } from './docx-input';

export interface ThreadListing {
  id: string;
  author: string;
  unit?: string;
  createdAt: string;
  text: string;
  quote: string;
  /** Section id, or null for the text before section 一 (or a thread with no position). */
  section: string | null;
  /** "四、主要举措和成效", "开头" or "". */
  sectionLabel: string;
  resolved: boolean;
  detached: boolean;
  replies: { author: string; createdAt: string; text: string }[];
}

function sectionName(report: Report, sectionId: string | null, detached: boolean): string {
  if (sectionId === null) return detached ? '' : '开头';
  const i = report.sections.findIndex((s) => s.id === sectionId);
  if (i < 0) return sectionId;
  const s = report.sections[i]!;
  const t = findTemplate(report.templateId)?.sections.find((x) => x.id === sectionId);
  return sectionLabel(i) + (t?.short ?? s.heading ?? sectionId);
}

export function listThreads(report: Report): ThreadListing[] {
  return report.comments.map((t: Thread) => {
    const [first, ...rest] = t.comments;
    const out: ThreadListing = {
      id: t.id,
      author: first?.author ?? '',
      createdAt: first?.createdAt ?? '',
      text: first?.text ?? '',
      quote: t.anchor.exact,
      section: t.anchor.sectionId,
      sectionLabel: sectionName(report, t.anchor.sectionId, t.detached),
      resolved: t.resolved,
      detached: t.detached,
      replies: rest.map((c) => ({ author: c.author, createdAt: c.createdAt, text: c.text })),
    };
    if (first?.unit) out.unit = first.unit;
    return out;
  });
}

function oneLine(s: string, max = 40): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export const comments: Command = {
  name: 'comments',
  summary: '列出草稿中的批注 / list the comment threads of a draft',
  usage: 'gwdraft comments FILE.gwdraft [--json]',
  async run(args) {
    const parsed = parseArgs(args, { values: [], booleans: ['json'] });
    const [file, ...more] = parsed.positional;
    if (!file) throw new UserError('缺少草稿文件 / missing FILE.gwdraft');
    if (more.length) throw new UserError(`多余的参数：${more[0]} / unexpected argument: ${more[0]}`);
    // Anchors are refreshed from the marks first, so sections and quotes reflect the text as it is.
    const report = refreshAnchors(await loadDraft(file));
    const list = listThreads(report);
    if (parsed.flags.has('json')) {
      process.stdout.write(JSON.stringify(list, null, 2) + '\n');
      return 0;
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
      const state = [t.resolved ? '已解决' : '未解决', t.detached ? '原文已删除' : '']
        .filter(Boolean)
        .join('，');
      process.stdout.write(
        `\n[${t.id}] ${t.author}${t.unit ? `（${t.unit}）` : ''} ${t.createdAt.slice(0, 16).replace('T', ' ')}  ${t.sectionLabel}  ${state}\n` +
          `  “${oneLine(t.quote)}”\n  ${t.text}\n` +
          t.replies.map((r) => `    ↳ ${r.author}：${r.text}\n`).join(''),
      );
    }
    return 0;
  },
};
