/**
 * `gwdraft export INPUT -o OUT.docx [--fonts gb2312|win10] [--header] [--footer-block] [--comments]
 * [--seal] [--bold-level3] [--signer NAME] [--cc A,B] [--printer ORG] [--print-date YYYY-MM-DD] [--date YYYY-MM-DD] [--accept-all] [--sha256] [--force]`:
 * one command from a .gwdraft (or a .txt/.md imported on the way) to an official-format DOCX.
 * The DOCX is written to a temporary file and renamed, so OUT.docx is never left half-written, with the
 * user's umask (or the mode of the file it replaces). The same draft and options give the same bytes:
 * the document's time is its 成文日期, or `--date`, or SOURCE_DATE_EPOCH; `--sha256` prints the digest
 * for the 归档 register.
 */
import { basename } from 'node:path';
import { parseArgs, stringFlag, UserError, type Command } from '../command';
import type { ExportOptions } from '../../core/api/contract';
import { DEFAULT_EXPORT_OPTIONS, isFontProfile } from '../../core/api/export-options';
import { exportDocx, PendingSuggestionsError } from '../../core/docx/export/index';
import type { Report } from '../../core/model/report';
import { templateOf } from '../../templates/index';
import { writeFileAtomicSync } from '../../electron/service/atomic-write';
import { NODE_ZIP_CODEC } from '../../electron/service/zip-codec';
import { withKnownParts } from '../../electron/service/known-parts';
import { KNOWN_PARTS_FILE } from '../known-parts-file';
import { isDraftPath, loadDraftSync } from './draft-input';
import { DOCX_OUTPUT, outputPath } from './output-file';
import { writeLines } from '../terminal-text';

/** fflate's deflate, with the parts the export bundle's build deflated ahead of time (same bytes). */
const ZIP_CODEC = withKnownParts(NODE_ZIP_CODEC, KNOWN_PARTS_FILE);

async function loadInput(input: string): Promise<{ report: Report; notes: string[] }> {
  // Read synchronously (nothing else to do meanwhile) and, as the export only reads it, without zod's copy
  // of a draft that plainly passes the schema (core/draft/plain-report.ts): the same report, same errors.
  if (isDraftPath(input)) return { report: loadDraftSync(input, { readOnly: true }), notes: [] };
  // the text importer only for a text file: a draft's export does not initialise it
  const { importTextFile, isTextInput } = await import('./input-file');
  if (isTextInput(input)) {
    const r = await importTextFile(input);
    return {
      report: r.report,
      notes: [`已从 ${basename(input)} 导入（模板 ${r.templateId}）`, ...r.warnings],
    };
  }
  throw new UserError(
    `不支持的输入文件：${input}（可用 .gwdraft、.txt、.md） / unsupported input ${input} (.gwdraft, .txt or .md)`,
  );
}

function isoDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new UserError(`--${flag} 应为 YYYY-MM-DD：${value} / --${flag} must be YYYY-MM-DD: ${value}`);
  return value;
}

export function exportOptionsFrom(parsed: ReturnType<typeof parseArgs>): ExportOptions {
  const fonts = stringFlag(parsed, 'fonts') ?? DEFAULT_EXPORT_OPTIONS.fonts;
  // a plain test, not FontProfileSchema: the export bundle loads zod only when a draft needs it
  if (!isFontProfile(fonts))
    throw new UserError(
      `--fonts 只能是 gb2312 或 win10：${fonts} / --fonts must be gb2312 or win10: ${fonts}`,
    );
  const signer = stringFlag(parsed, 'signer');
  const cc = stringFlag(parsed, 'cc');
  const printer = stringFlag(parsed, 'printer');
  const printDate = isoDate(stringFlag(parsed, 'print-date'), 'print-date');
  const documentTime = isoDate(stringFlag(parsed, 'date'), 'date') ?? sourceDateEpoch();
  return {
    ...DEFAULT_EXPORT_OPTIONS,
    fonts,
    header: parsed.flags.has('header'),
    footerBlock: parsed.flags.has('footer-block'),
    comments: parsed.flags.has('comments'),
    seal: parsed.flags.has('seal'),
    boldLevel3: parsed.flags.has('bold-level3'),
    ...(parsed.flags.has('accept-all') ? { acceptAll: true } : {}),
    ...(signer ? { signer } : {}),
    ...(cc
      ? {
          cc: cc
            .split(/[,，、]/)
            .map((s) => s.trim())
            .filter(Boolean),
        }
      : {}),
    ...(printer ? { printer } : {}),
    ...(printDate ? { printDate } : {}),
    ...(documentTime ? { documentTime } : {}),
    // A review copy's comment times on this machine's clock, as Word writes them (comments.ts).
    commentZoneOffset: -new Date().getTimezoneOffset(),
  };
}

/** SOURCE_DATE_EPOCH (reproducible-builds.org): seconds since 1970, as an ISO time; unset → undefined. */
function sourceDateEpoch(): string | undefined {
  const raw = process.env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return undefined;
  const seconds = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(seconds) || seconds * 1000 > 8.64e15)
    throw new UserError(
      `SOURCE_DATE_EPOCH 应为从 1970 年起的秒数：${raw} / SOURCE_DATE_EPOCH must be seconds since 1970: ${raw}`,
    );
  return new Date(seconds * 1000).toISOString();
}

export const exportCommand: Command = {
  name: 'export',
  summary: '导出符合 GB/T 9704-2012 的 Word 文档 / export an official-format DOCX (GB/T 9704-2012)',
  usage:
    'gwdraft export INPUT.(gwdraft|txt|md) -o OUT.docx [--fonts gb2312|win10] [--header] [--footer-block] [--comments] [--seal] [--bold-level3] [--signer NAME] [--cc A,B] [--printer ORG] [--print-date YYYY-MM-DD] [--date YYYY-MM-DD] [--accept-all] [--sha256] [--force]',
  async run(args) {
    const parsed = parseArgs(args, {
      values: ['output', 'fonts', 'signer', 'cc', 'printer', 'print-date', 'date'],
      booleans: [
        'header',
        'footer-block',
        'comments',
        'seal',
        'bold-level3',
        'accept-all',
        'force',
        'sha256',
      ],
    });
    if (parsed.positional.length !== 1)
      throw new UserError(
        '需要一个输入文件 / exactly one input file is needed: gwdraft export INPUT -o OUT.docx',
      );
    const input = parsed.positional[0]!;
    const out = await outputPath(parsed, DOCX_OUTPUT);
    const options = exportOptionsFrom(parsed);

    const { report, notes } = await loadInput(input);
    const template = templateOf(report);
    if (!template)
      throw new UserError(`未知模板：${report.templateId} / unknown template: ${report.templateId}`);
    let result;
    try {
      result = await exportDocx(report, template, options, ZIP_CODEC);
    } catch (e) {
      // Pending 修订 and a clean copy: refused, nothing written (--comments keeps them, --accept-all applies them).
      if (e instanceof PendingSuggestionsError) throw new UserError(e.message);
      throw e;
    }
    const { bytes, warnings } = result;
    try {
      // synchronous: this process has nothing else to do meanwhile (see writeFileAtomicSync)
      writeFileAtomicSync(out, bytes, { permissions: 'like-target' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException | undefined)?.code;
      throw new UserError(`无法写入 ${out} / cannot write ${out}: ${code ?? String(e)}`);
    }
    const w = (s: string) => writeLines(s);
    for (const n of notes) w(`提示 / note: ${n}`);
    for (const n of warnings) w(`注意 / warning: ${n}`);
    w(`已导出 / exported: ${out} (${Math.round(bytes.length / 1024)} KB)`);
    if (parsed.flags.has('sha256')) {
      // node:crypto only when asked: loading it costs every other export ~3 ms
      const { createHash } = await import('node:crypto');
      w(`SHA-256: ${createHash('sha256').update(bytes).digest('hex')}`);
    }
    return 0;
  },
};
