/**
 * `gwdraft check` over a 法治办's folder of 30–60 reports: what is not a report is skipped with a note,
 * and the results can be one line a file (`--summary`) or a CSV table (`--csv`, UTF-8 with BOM so Excel
 * opens it as Chinese).
 */
import type { ItemResult } from '../../core/check/index';
import type { LintFinding } from '../../core/lint/index';

export interface BatchRow {
  file: string;
  org: string;
  year: number | null;
  template: string | null;
  items: ItemResult[];
  lint: LintFinding[];
  /** Comment threads and pending 修订 the file still carries (a received copy should carry none). */
  comments?: number;
  suggestions?: number;
  /** Not a report (no title and no outline): why it was skipped. */
  skipped?: string;
  error?: string;
}

/** Items a report can meet: 不适用 ones do not count. */
function counts(items: readonly ItemResult[]): {
  met: number;
  total: number;
  fails: ItemResult[];
  warns: number;
} {
  const applicable = items.filter((i) => i.status !== 'na');
  return {
    met: applicable.filter((i) => i.status === 'pass').length,
    total: applicable.length,
    fails: applicable.filter((i) => i.status === 'fail'),
    warns: applicable.filter((i) => i.status === 'warn').length,
  };
}

export function summaryLine(row: BatchRow): string {
  if (row.skipped) return `${row.file}  跳过 / skipped: ${row.skipped}`;
  if (row.error) return `${row.file}  无法检查 / not checked: ${row.error}`;
  const c = counts(row.items);
  const fails = c.fails.length ? `未通过：${c.fails.map((i) => i.title).join('、')}` : '无未通过项';
  const residue = [
    row.comments ? `批注 ${row.comments} 条` : '',
    row.suggestions ? `修订 ${row.suggestions} 处` : '',
  ].filter(Boolean);
  return [
    row.file,
    row.org || '（机关未识别）',
    row.year === null ? '' : `${row.year}年度`,
    row.template ?? '',
    `已满足 ${c.met}/${c.total}`,
    fails,
    ...(residue.length ? [`带${residue.join('、')}`] : []),
  ].join('  ');
}

function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const CSV_HEADER = [
  '文件',
  '机关',
  '年度',
  '模板',
  '已满足',
  '应满足',
  '未通过数',
  '未通过项',
  '提醒数',
  '公文格式问题数',
  '说明',
  // Added after 说明, so tables that read the first columns by position still read them.
  '批注数',
  '修订数',
];

export function csvTable(rows: readonly BatchRow[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const row of rows) {
    const c = counts(row.items);
    const note = row.skipped ? `跳过：${row.skipped}` : row.error ? `无法检查：${row.error}` : '';
    lines.push(
      [
        row.file,
        row.org,
        row.year ?? '',
        row.template ?? '',
        row.skipped || row.error ? '' : c.met,
        row.skipped || row.error ? '' : c.total,
        row.skipped || row.error ? '' : c.fails.length,
        c.fails.map((i) => i.title).join('、'),
        row.skipped || row.error ? '' : c.warns,
        row.skipped || row.error ? '' : row.lint.length,
        note,
        row.skipped || row.error ? '' : (row.comments ?? 0),
        row.skipped || row.error ? '' : (row.suggestions ?? 0),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
