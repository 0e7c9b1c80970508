/**
 * `gwdraft import` of Word files that cannot be read as they are: an empty file, a download cut short,
 * another package named .docx, a macro-enabled .docm. One bilingual line, exit 2, and nothing written:
 * an existing draft at the output path stays as it was.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { runCli as run } from '../../test/helpers/run-cli';
import { reviewDocx } from '../../test/fixtures/docx/review-fixture';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gwdraft-docx-damaged-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gwdraft import of a damaged or mis-named Word file', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    [
      '空文件.docx',
      new Uint8Array(0),
      /空文件\.docx: 文件是空的（0 字节）.* \/ the file is empty \(0 bytes\)/,
    ],
    [
      '没下载完.docx',
      reviewDocx().slice(0, 3000),
      /没下载完\.docx: DOCX 文件不完整（末尾缺失）.* \/ the DOCX file is incomplete/,
    ],
    [
      '表格.docx',
      zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') }),
      /表格\.docx: 不是 Word 文档 \/ not a Word document: 这是 Excel 表格（\.xlsx） \/ an Excel workbook/,
    ],
  ];
  for (const [name, bytes, message] of cases)
    it(`${name}: one bilingual line, exit 2, the draft already at the output untouched`, async () => {
      const input = join(dir, name);
      const output = join(dir, `${name}.gwdraft`);
      await writeFile(input, bytes);
      await writeFile(output, 'an existing draft');
      const res = await run('import', input, '-o', output, '--force');
      expect(res.code).toBe(2);
      expect(res.err.trim().split('\n')).toHaveLength(1);
      expect(res.err).toMatch(message);
      expect(await readFile(output, 'utf8')).toBe('an existing draft');
    });

  it('a .docm says to save it as .docx; macros are never read', async () => {
    const input = join(dir, '带宏的报告.docm');
    await writeFile(input, reviewDocx());
    const res = await run('import', input, '-o', join(dir, 'm.gwdraft'));
    expect(res.code).toBe(2);
    expect(res.err).toMatch(
      /启用宏的 Word 文档（\.docm）请先在 Word 或 WPS 中“另存为” \.docx（宏不会导入，也不会运行） \/ unsupported input .* save a macro-enabled \.docm as \.docx/,
    );
  });
});
