/**
 * `gwdraft check FILE|FOLDER... [--json|--summary|--csv] [--template ID] [--today YYYY-MM-DD]`: the mandated-items checklist and
 * the 公文 lint over drafts (.gwdraft) and reports written elsewhere (.txt, .md, .docx), so a 法治办
 * reviewer can check a folder of departments' reports at once.
 * Exit 0 when no item fails, 1 when some item fails, 2 when an input could not be read (the others are
 * still checked and reported first).
 */
import { readdirSync, statSync, type Stats } from 'node:fs';
import { kindOfSpecial } from '../../electron/service/regular-file';
import { isOwnerFile } from '../../electron/service/owner-files';
import { extname, join } from 'node:path';
import { parseArgs, stringFlag, UserError, type Command } from '../command';
import { evaluateChecklist, type ItemResult } from '../../core/check/index';
import { DATE_ID, DOC_NUMBER_ID, PREAMBLE_ID, SIGNATURE_ID, TITLE_ID } from '../../core/check/types';
import { lintReport, type LintFinding } from '../../core/lint/index';
import { judgedText, pendingSuggestionCount } from '../../core/suggestions/resolve';
import { chineseNumeral } from '../../core/model/numbering';
import type { Report } from '../../core/model/report';
import { resolvedTitle } from '../../core/model/report-helpers';
import type { Template } from '../../core/templates/schema';
import { templateOf } from '../../templates/index';
import { csvTable, summaryLine, type BatchRow } from './check-batch';
// The DOCX and text importers (with fflate, fast-xml-parser, the user templates) load only when such a
// file is checked: checking drafts starts without them.
import { isDocx, isDraftPath, isTextInput, loadDraftSync, templateById } from './draft-input';
import { terminalJson, terminalText } from '../terminal-text';
import { isUnreadWordDocument, unsupportedInputMessage } from '../../core/import/unsupported';

const isCheckable = (name: string) =>
  extname(name).toLowerCase() === '.gwdraft' || isDocx(name) || isTextInput(name);

/** stat, or null on any error (synchronous: a one-shot command, without node:fs/promises). */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * A folder given on the command line stands for the reports in it (not its subfolders, not the .bak
 * backups beside the drafts, not Word's ~$ owner files of reports open in Word), in name order. A
 * report saved in a word-processor format gwdraft does not read (.doc, .wps, .rtf, .odt) is listed too,
 * as not checked with what to do, rather than left out of the count unseen. Entries that are not regular files (a named pipe, a socket,
 * a symlink to one, a broken symlink) are skipped with a note on stderr: reading one could hang.
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const isDir = statOrNull(input)?.isDirectory() ?? false;
    if (!isDir) {
      out.push(input);
      continue;
    }
    const names = readdirSync(input)
      .filter((n) => !n.startsWith('.') && !isOwnerFile(n) && (isCheckable(n) || isUnreadWordDocument(n)))
      .sort();
    const files: string[] = [];
    for (const name of names) {
      const path = join(input, name);
      const st = statOrNull(path); // follows symlinks: a link to a FIFO is a FIFO
      if (st?.isFile()) {
        files.push(path);
        continue;
      }
      const [zh, en] = st ? kindOfSpecial(st).split(' / ') : ['失效的链接？', 'a broken link?'];
      process.stderr.write(
        terminalText(
          `gwdraft check: 跳过 ${path}：不是普通文件（${zh}） / skipped ${path}: not a regular file (${en})`,
        ) + '\n',
      );
    }
    if (files.length === 0)
      throw new UserError(`文件夹中没有可检查的报告：${input} / no reports in folder ${input}`);
    out.push(...files);
  }
  return out;
}

export interface CheckedFile {
  file: string;
  template: string | null;
  items: ItemResult[];
  lint: LintFinding[];
  /** Pending suggestions (修订), when there are any: the checks judged the text as accepted. */
  suggestions?: number;
  /** Comment threads the file carries, when there are any (a copy sent on should have none). */
  comments?: { total: number; open: number };
  /** Only when the file could not be read: why (中文 / English). */
  error?: string;
  /** Not a report (a README in the folder): why it was skipped. */
  skipped?: string;
}

/** Any input as a report: a draft as saved, or a text/Word report imported onto its best template. */
export async function loadForCheck(path: string, templateId: string | undefined): Promise<Report> {
  return (await loadForCheckDetailed(path, templateId)).report;
}

export interface LoadedForCheck {
  report: Report;
  /** What the source showed that the report cannot (two "二、" headings …), as lint findings. */
  sourceLint: LintFinding[];
  /** False for a file with no report title and no outline (a README in the folder). */
  looksLikeReport: boolean;
}

export async function loadForCheckDetailed(
  path: string,
  templateId: string | undefined,
): Promise<LoadedForCheck> {
  const ext = extname(path).toLowerCase();
  if (isDraftPath(path))
    return { report: loadDraftSync(path, { readOnly: true }), sourceLint: [], looksLikeReport: true };
  if (ext === '.docx') {
    const { importDocxFile } = await import('./docx-input');
    const { report } = await importDocxFile(path, templateId ? { templateId } : {});
    const hasOutline = report.sections.some((s) =>
      s.blocks.some((b) => b.children.some((c) => c.text.trim())),
    );
    return { report, sourceLint: [], looksLikeReport: report.meta.org !== '' || hasOutline };
  }
  if (isTextInput(path)) {
    const { importTextFile } = await import('./input-file');
    const r = await importTextFile(path, templateId);
    const sourceLint: LintFinding[] = r.sourceFindings.map((f) => ({
      rule: f.rule,
      message: f.message,
      sectionId: f.sectionId,
      blockIndex: -1,
      offset: 0,
      length: 0,
    }));
    return { report: r.report, sourceLint, looksLikeReport: r.looksLikeReport };
  }
  const m = unsupportedInputMessage(
    path,
    '可检查 .gwdraft、.txt、.md、.docx',
    '.gwdraft, .txt, .md or .docx',
  );
  throw new UserError(`${m.zh} / ${m.en}`);
}

export function parseToday(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
  if (!m || !d || d.getMonth() !== Number(m[2]) - 1 || d.getDate() !== Number(m[3]))
    throw new UserError(`--today 应为 YYYY-MM-DD：${value} / --today must be YYYY-MM-DD: ${value}`);
  return d;
}

export function checkReport(
  file: string,
  report: Report,
  template: Template,
  today: Date,
  sourceLint: readonly LintFinding[] = [],
): CheckedFile {
  // Judged as the text reads with every pending 修订 accepted; the count says some are pending.
  const judged = judgedText(report);
  const pending = pendingSuggestionCount(report);
  const threads = report.comments.length;
  return {
    file,
    template: template.id,
    items: evaluateChecklist(judged, template, { today }).items,
    lint: [...sourceLint, ...lintReport(judged, template)],
    ...(pending > 0 ? { suggestions: pending } : {}),
    ...(threads > 0
      ? { comments: { total: threads, open: report.comments.filter((t) => !t.resolved).length } }
      : {}),
  };
}

const SYMBOL: Record<ItemResult['status'], string> = {
  pass: '✓',
  fail: '✗',
  warn: '!',
  manual: '?',
  na: '–',
};
const STATUS_NAME: Record<ItemResult['status'], string> = {
  pass: '通过',
  fail: '未通过',
  warn: '提醒',
  manual: '待确认',
  na: '不适用',
};
const MAX_LINT_LINES = 30;

function placeOf(report: Report, sectionId: string, blockIndex: number, offset: number): string {
  const pseudo: Record<string, string> = {
    [PREAMBLE_ID]: '开头',
    [TITLE_ID]: '标题',
    [SIGNATURE_ID]: '署名',
    [DATE_ID]: '成文日期',
    [DOC_NUMBER_ID]: '发文字号',
  };
  const i = report.sections.findIndex((s) => s.id === sectionId);
  const where = pseudo[sectionId] ?? (i >= 0 ? `${chineseNumeral(i + 1)}、` : sectionId);
  if (sectionId !== PREAMBLE_ID && i < 0) return where;
  // -1: the section's own heading as the unit worded it (a finding on the heading, not on a paragraph).
  if (blockIndex < 0) return `${where}标题`;
  return `${where}第${blockIndex + 1}段第${offset + 1}字`;
}

export function renderTable(checked: CheckedFile, report: Report | null, template: Template | null): string {
  const lines: string[] = [];
  lines.push(`== ${checked.file}`);
  if (checked.error) {
    lines.push(`  无法检查 / not checked: ${checked.error}`);
    return lines.map((l) => terminalText(l)).join('\n');
  }
  if (report && template) {
    lines.push(`模板 / template: ${template.id}  ${template.name}`);
    lines.push(`标题 / title: ${resolvedTitle(report, template)}`);
  }
  const count = (s: ItemResult['status']) => checked.items.filter((i) => i.status === s).length;
  lines.push(
    `检查清单 / checklist: ${(['pass', 'fail', 'warn', 'manual', 'na'] as const).map((s) => `${STATUS_NAME[s]} ${count(s)}`).join(' · ')}`,
  );
  for (const item of checked.items) {
    const section = item.section ?? '全文';
    const note = item.confirmed ? `（已人工确认：${item.confirmed.by}）` : '';
    lines.push(`  ${SYMBOL[item.status]} ${section.padEnd(2, '　')} ${item.title}${note}`);
    if ((item.status !== 'pass' && item.status !== 'na') || item.confirmed)
      lines.push(`       ${item.message}`);
  }
  if (checked.suggestions)
    lines.push(
      `修订 / suggestions: ${checked.suggestions} 处未处理，检查按全部接受后的文字进行 / pending, checked as accepted`,
    );
  if (checked.comments)
    lines.push(
      `批注 / comments: ${checked.comments.total} 条（未解决 ${checked.comments.open} 条），报送稿、归档稿应不带批注 / ${checked.comments.total} threads (${checked.comments.open} open): a copy to send or archive carries none`,
    );
  const fixable = checked.lint.filter((f) => f.fix).length;
  lines.push(
    `公文格式 / lint: ${checked.lint.length} 处${checked.lint.length ? `（可自动修正 ${fixable} 处）` : ''}`,
  );
  for (const f of checked.lint.slice(0, MAX_LINT_LINES)) {
    const where = report ? placeOf(report, f.sectionId, f.blockIndex, f.offset) : f.sectionId;
    lines.push(`  · ${where}  ${f.message}${f.fix ? '  [可修正]' : ''}`);
  }
  if (checked.lint.length > MAX_LINT_LINES)
    lines.push(`  …… 另有 ${checked.lint.length - MAX_LINT_LINES} 处`);
  // Titles, quotes in messages and file names come from the files checked.
  return lines.map((l) => terminalText(l)).join('\n');
}

export const checkCommand: Command = {
  name: 'check',
  summary: '检查必报事项清单和公文格式 / check the mandated items and 公文 format of reports',
  usage: 'gwdraft check FILE|FOLDER... [--json|--summary|--csv] [--template ID] [--today YYYY-MM-DD]',
  async run(args) {
    const parsed = parseArgs(args, { values: ['template', 'today'], booleans: ['json', 'summary', 'csv'] });
    if (parsed.positional.length === 0)
      throw new UserError('需要至少一个文件 / at least one file is needed: gwdraft check FILE...');
    const templateId = stringFlag(parsed, 'template');
    const forced = templateId ? templateById(templateId) : null;
    const today = parseToday(stringFlag(parsed, 'today'));
    const json = parsed.flags.has('json');
    const summary = parsed.flags.has('summary');
    const csv = parsed.flags.has('csv');
    if ([json, summary, csv].filter(Boolean).length > 1)
      throw new UserError('--json、--summary、--csv 只能选一个 / choose one of --json, --summary, --csv');
    const table = !json && !summary && !csv;

    const results: CheckedFile[] = [];
    const rows: BatchRow[] = [];
    const row = (file: string, report: Report | null, extra: Partial<BatchRow> = {}): BatchRow => ({
      file,
      org: report?.meta.org ?? '',
      year: report?.meta.year ?? null,
      template: report?.templateId ?? null,
      items: [],
      lint: [],
      ...extra,
    });
    let unreadable = false;
    const files = await expandInputs(parsed.positional);
    const named = new Set(parsed.positional);
    for (const file of files) {
      let loaded: LoadedForCheck;
      try {
        loaded = await loadForCheckDetailed(file, templateId);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        unreadable = true;
        process.stderr.write(`gwdraft check: ${e.message}\n`);
        const failed: CheckedFile = { file, template: null, items: [], lint: [], error: e.message };
        results.push(failed);
        rows.push(row(file, null, { error: e.message }));
        if (table) process.stdout.write(renderTable(failed, null, null) + '\n\n');
        else if (summary) process.stdout.write(summaryLine(rows[rows.length - 1]!) + '\n');
        continue;
      }
      const { report } = loaded;
      // A README or a note in the 法治办's folder: said, not failed.
      if (!loaded.looksLikeReport && !named.has(file)) {
        const why = '没有报告标题，也没有“一、”等部分标题，不像是年度报告 / no report title and no outline';
        results.push({ file, template: null, items: [], lint: [], skipped: why });
        rows.push(row(file, null, { skipped: why }));
        if (table) process.stdout.write(`== ${file}\n  跳过 / skipped: ${why}\n\n`);
        else if (summary) process.stdout.write(summaryLine(rows[rows.length - 1]!) + '\n');
        continue;
      }
      const template = forced ?? templateOf(report);
      if (!template) {
        unreadable = true;
        const message = `没有模板 ${report.templateId} / unknown template ${report.templateId}`;
        process.stderr.write(terminalText(`gwdraft check: ${file}: ${message}`) + '\n');
        results.push({ file, template: report.templateId, items: [], lint: [], error: message });
        continue;
      }
      const checked = checkReport(file, report, template, today, loaded.sourceLint);
      results.push(checked);
      rows.push(
        row(file, report, {
          template: template.id,
          items: checked.items,
          lint: checked.lint,
          comments: checked.comments?.total ?? 0,
          suggestions: checked.suggestions ?? 0,
        }),
      );
      if (table) process.stdout.write(renderTable(checked, report, template) + '\n\n');
      else if (summary) process.stdout.write(summaryLine(rows[rows.length - 1]!) + '\n');
    }
    if (json) process.stdout.write(terminalJson(results.length === 1 ? results[0] : results) + '\n');
    else if (csv) process.stdout.write(csvTable(rows));
    else if (results.length > 1) {
      const failing = results.filter((r) => r.items.some((i) => i.status === 'fail')).length;
      const broken = results.filter((r) => r.error !== undefined).length;
      const skipped = results.filter((r) => r.skipped !== undefined).length;
      process.stdout.write(
        `共 ${results.length} 个文件：${failing} 个有未通过的必报事项，${broken} 个无法检查，${skipped} 个不是报告已跳过 / ${results.length} files, ${failing} with failing items, ${broken} unreadable, ${skipped} skipped\n`,
      );
    }
    if (unreadable) return 2;
    return results.some((r) => r.items.some((i) => i.status === 'fail')) ? 1 : 0;
  },
};
