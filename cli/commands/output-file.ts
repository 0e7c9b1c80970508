/**
 * The output file of `new`, `import` and `export`: never overwritten by accident.
 */
import { lstatSync } from 'node:fs';
import { UserError, stringFlag, type ParsedArgs } from '../command';

export interface OutputKind {
  ext: string;
  /** How usage names it: -o FILE.gwdraft. */
  example: string;
  /** Saving over it keeps the old file as NAME.bak (drafts do, exported DOCX do not). */
  keepsBak: boolean;
}

export const DRAFT_OUTPUT: OutputKind = { ext: '.gwdraft', example: 'FILE.gwdraft', keepsBak: true };
export const DOCX_OUTPUT: OutputKind = { ext: '.docx', example: 'OUT.docx', keepsBak: false };
export const TEMPLATE_OUTPUT: OutputKind = { ext: '.json', example: '提纲.json', keepsBak: false };

/** The -o/--output path; refuses to replace an existing file unless --force was given. */
export async function outputPath(parsed: ParsedArgs, kind: OutputKind = DRAFT_OUTPUT): Promise<string> {
  const out = stringFlag(parsed, 'output');
  if (!out) throw new UserError(`缺少输出文件：-o ${kind.example} / missing output: -o ${kind.example}`);
  if (!out.toLowerCase().endsWith(kind.ext))
    throw new UserError(`输出文件须为 ${kind.ext}：${out} / the output must be a ${kind.ext} file: ${out}`);
  if (!parsed.flags.has('force')) {
    // synchronous: one call, no round trip through libuv's thread pool and no node:fs/promises loaded
    // for it (a one-shot command has nothing else to do meanwhile); any error still counts as absent
    let exists = true;
    try {
      lstatSync(out);
    } catch {
      exists = false;
    }
    if (exists)
      throw new UserError(
        kind.keepsBak
          ? `${out} 已存在，如需覆盖请加 --force（原文件将保存为 .bak） / ${out} exists: add --force to overwrite (the old file is kept as .bak)`
          : `${out} 已存在，如需覆盖请加 --force / ${out} exists: add --force to overwrite`,
      );
  }
  return out;
}
