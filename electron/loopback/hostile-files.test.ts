/**
 * The loopback host under hostile files: a DOCX that takes a long time to import, a huge text and a
 * notice that takes long to read all run in the import worker with a time budget, so `GET /` keeps
 * answering meanwhile; named pipes (FIFOs) are refused at once by file.open and comments.mergeFrom
 * instead of blocking the fs threads; a report too large to reopen is not saved.
 * Bounds are generous (the 100 ms becomes 1.5 s): the old code blocked for seconds to tens of
 * seconds.
 */
import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraph } from '../../core/model/content';
import { createFormats } from '../service/formats';
import { sampleReport } from '../service/test-support';
import { createLoopbackService } from './loopback-service';
import { startLoopbackHost, type LoopbackHost } from './server';

let root: string;
let ws: string;
let host: LoopbackHost;
const fifoOk = process.platform !== 'win32';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'gwdraft-hostile-'));
  const staticDir = join(root, 'static');
  ws = join(root, 'ws');
  await mkdir(staticDir);
  await mkdir(ws);
  await mkdir(join(root, 'data'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>公文起草助手</title>');
  // A small DOCX (about 60 KB) whose 20 MB of paragraphs take the importer well over the budget.
  const para = '<w:p><w:r><w:t>abcdefgh 12345</w:t></w:r></w:p>';
  const xml = `<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${para.repeat(Math.floor(20e6 / para.length))}</w:body></w:document>`;
  await writeFile(join(ws, 'slow.docx'), zipSync({ 'word/document.xml': strToU8(xml) }, { level: 1 }));
  // About 20 MB of text, 250,000 lines: decoding, parsing and mapping it (and the draft-size check of
  // the result) took the event loop several seconds.
  const line = '（一）本单位全年开展依法行政工作，各项任务完成良好。';
  const lines = Array.from({ length: 250_000 }, (_, i) =>
    i % 1000 === 0 ? `${'一二三四五'[(i / 1000) % 5]}、第${i}部分` : line,
  );
  await writeFile(join(ws, 'huge.txt'), ['某局2025年法治政府建设年度报告', ...lines].join('\n'));
  if (fifoOk) {
    execFileSync('mkfifo', [join(ws, 'pipe.docx'), join(ws, 'pipe.gwdraft'), join(ws, 'pipe.txt')]);
  }
  host = await startLoopbackHost({
    impl: createLoopbackService({
      workspace: ws,
      dataDir: join(root, 'data'),
      version: 't',
      formats: createFormats({ importTimeoutMs: 2500 }),
    }),
    staticDir,
    port: 0,
  });
});
afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

function get(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname: '127.0.0.1', port: host.port, path, headers: { Host: `127.0.0.1:${host.port}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function api(
  method: string,
  input: unknown,
): Promise<{ ok: boolean; error?: { code: string; message: string } }> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Gwdraft-Token': host.token },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; error?: { code: string; message: string } };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Probes `GET /` one after another (50 ms apart) until `work` settles; the longest a probe took, counted
 * from the end of the one before less the pause. The host runs in this process, so a stall of its event
 * loop shows up either in a probe or in the pause's timer: counting both, none goes unseen.
 */
async function slowestGetWhile(work: Promise<unknown>): Promise<number> {
  let settled = false;
  void work.finally(() => (settled = true));
  let slowest = 0;
  let last = performance.now();
  while (!settled) {
    expect(await get('/')).toBe(200);
    await sleep(50);
    const now = performance.now();
    slowest = Math.max(slowest, now - last - 50);
    last = now;
  }
  return slowest;
}

describe('loopback host and hostile files', () => {
  it('keeps answering GET / while a slow DOCX import, comment read and notice read run, and stops them at the budget', async () => {
    const opening = api('file.open', { path: 'slow.docx' });
    const merging = api('comments.mergeFrom', { report: sampleReport(), path: 'slow.docx' });
    const notice = api('templates.fromNotice', { path: 'slow.docx' });
    expect(await slowestGetWhile(Promise.all([opening, merging, notice]))).toBeLessThan(1500);
    for (const r of [await opening, await merging]) {
      expect(r.ok).toBe(false);
      expect(r.error?.code).toBe('bad-file');
      expect(r.error?.message).toMatch(/slow\.docx.*超时/);
    }
    const n = await notice;
    expect(n.ok).toBe(false);
    expect(n.error?.code).toBe('bad-file');
    expect(n.error?.message).toMatch(/读取通知超时.*slow\.docx/);
  }, 30_000);

  it('keeps answering GET / while a huge text import runs, and refuses it by name', async () => {
    const opening = api('file.open', { path: 'huge.txt' });
    expect(await slowestGetWhile(opening)).toBeLessThan(1500);
    const r = await opening;
    expect(r.ok).toBe(false);
    expect(r.error?.code).toBe('bad-file');
    // Over the time budget, or (on a fast machine) refused as too large to save as a draft.
    expect(r.error?.message).toMatch(/huge\.txt.*(导入超时|导入后的报告过大)/);
  }, 30_000);

  it.skipIf(!fifoOk)(
    'refuses named pipes at once (open, import, merge), and GET / still answers',
    async () => {
      const calls = [
        api('file.open', { path: 'pipe.gwdraft' }),
        api('file.open', { path: 'pipe.docx' }),
        api('file.open', { path: 'pipe.txt' }),
        ...Array.from({ length: 6 }, () =>
          api('comments.mergeFrom', { report: sampleReport(), path: 'pipe.docx' }),
        ),
        api('comments.mergeFrom', { report: sampleReport(), path: 'pipe.gwdraft' }),
      ];
      for (const r of await Promise.all(calls)) {
        expect(r.ok).toBe(false);
        expect(r.error?.message).toMatch(/不是普通文件|not a regular file/);
      }
      expect(await get('/')).toBe(200);
    },
    15_000,
  );

  it('does not save a report the loader would refuse (over the size limit), and says how large', async () => {
    const big = sampleReport();
    // About 21 MiB of JSON: 200,000 short paragraphs.
    big.sections[0]!.blocks = Array.from({ length: 200_000 }, (_, i) => paragraph(`第${i}段。`));
    const r = await api('file.save', {
      path: 'big.gwdraft',
      report: big,
      expectedMtimeMs: null,
      force: false,
    });
    expect(r.ok).toBe(false);
    expect(r.error?.code).toBe('bad-file');
    expect(r.error?.message).toMatch(/过大.*\d+(\.\d)? MiB > 20 MiB/);
    expect(await readdir(ws)).not.toContain('big.gwdraft');
  }, 30_000);
});
