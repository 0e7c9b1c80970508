import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli as run } from '../../test/helpers/run-cli';
import { loadDraftFile } from '../../electron/service/draft-file';

const TOWNSHIP = fileURLToPath(
  new URL('../../test/fixtures/corpus/08-township-standard-2024.txt', import.meta.url),
);
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gwdraft-next-year-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gwdraft import --next-year from text', () => {
  it('rolls last year’s report kept as text (the published page) over to this year’s', async () => {
    const out = join(dir, '2025.gwdraft');
    const res = await run('import', TOWNSHIP, '--next-year', '-o', out);
    expect(res.code).toBe(0);
    expect(res.out).toContain('已以 2024 年报告为基础开始 2025 年报告');
    const next = (await loadDraftFile(out)).report;
    expect(next.meta.year).toBe(2025);
    expect(next.baseline?.year).toBe(2024);
    expect(next.sections[0]!.blocks.some((b) => b.carried === true)).toBe(true);
  });
});
