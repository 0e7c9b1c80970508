/**
 * The output file of `new` and `import`: a .gwdraft that is never overwritten by accident.
 */
import { lstat } from 'node:fs/promises';
import { UserError, stringFlag, type ParsedArgs } from '../command';

/** The -o/--output path; refuses to replace an existing file unless --force was given. */
export async function outputPath(parsed: ParsedArgs): Promise<string> {
  const out = stringFlag(parsed, 'output');
  if (!out) throw new UserError('缺少输出文件：-o FILE.gwdraft / missing output: -o FILE.gwdraft');
  if (!out.toLowerCase().endsWith('.gwdraft'))
    throw new UserError(`输出文件须为 .gwdraft：${out} / the output must be a .gwdraft file: ${out}`);
  if (!parsed.flags.has('force')) {
    const exists = await lstat(out).then(
      () => true,
      () => false,
    );
    if (exists)
      throw new UserError(
        `${out} 已存在，如需覆盖请加 --force（原文件将保存为 .bak） / ${out} exists: add --force to overwrite (the old file is kept as .bak)`,
      );
  }
  return out;
}
