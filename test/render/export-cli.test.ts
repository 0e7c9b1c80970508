/**
 * `gwdraft export` as a user runs it: .md or .gwdraft in, DOCX out; errors exit 2 and leave nothing
 * half-written; a seed-like text file survives import → export → LibreOffice with no text lost.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../cli/main';
import { encodeDraft } from '../../core/draft/index';
import { findTemplate } from '../../templates/index';
import { sampleReport } from './sample-report';
import { removeRenders, renderDocx, renderSkipReason } from './render-pdf';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'seed-like-report.md');
const template = findTemplate('zhanjiang-department')!;

let dir: string;
let out: string[] = [];
let err: string[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gwdraft-export-cli-'));
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function documentXml(path: string): string {
  return strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!);
}

describe('gwdraft export', () => {
  it('turns a plain-text report into an official DOCX in one command', async () => {
    const target = join(dir, 'out.docx');
    expect(await main(['export', FIXTURE, '-o', target])).toBe(0);
    expect(out.join('')).toMatch(/已导出 \/ exported/);
    const doc = documentXml(target);
    expect(doc).toContain('全年办理行政处罚案件 42 件');
    expect(doc).toContain('2025年1月8日');
  });

  it('exports a .gwdraft with the options given on the command line', async () => {
    const draft = join(dir, 'r.gwdraft');
    writeFileSync(draft, encodeDraft(sampleReport(template, { comments: true }), 'r.gwdraft'));
    const target = join(dir, 'r.docx');
    expect(await main(['export', draft, '-o', target, '--comments', '--fonts', 'win10', '--seal'])).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(target)));
    expect(files['word/comments.xml']).toBeDefined();
    expect(strFromU8(files['word/styles.xml']!)).toContain('w:eastAsia="仿宋"');
    expect(out.join('')).toMatch(/注意 \/ warning: 1 条批注的原文已找不到/);
  });

  it('refuses to overwrite without --force and leaves the existing file alone', async () => {
    const target = join(dir, 'out.docx');
    writeFileSync(target, 'old');
    expect(await main(['export', FIXTURE, '-o', target])).toBe(2);
    expect(err.join('')).toMatch(/已存在.*\/ .*exists/);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(await main(['export', FIXTURE, '-o', target, '--force'])).toBe(0);
    expect(documentXml(target)).toContain('主动公开政府信息');
  });

  it('writes a byte-stable archive copy: same draft and options, same bytes and the digest printed', async () => {
    const draft = join(dir, 'r.gwdraft');
    writeFileSync(draft, encodeDraft(sampleReport(template, { comments: true }), 'r.gwdraft'));
    const digests: string[] = [];
    const copies: Buffer[] = [];
    for (const name of ['a.docx', 'b.docx']) {
      out = [];
      const target = join(dir, name);
      const args = ['export', draft, '-o', target, '--comments', '--header', '--footer-block', '--sha256'];
      expect(await main(args)).toBe(0);
      copies.push(readFileSync(target));
      digests.push(/SHA-256: ([0-9a-f]{64})/.exec(out.join(''))![1]!);
      // written with the user's umask, not private to the owner
      expect(statSync(target).mode & 0o777).toBe(0o666 & ~process.umask());
      await new Promise((r) => setTimeout(r, 1100)); // a second later: the time of export is not written
    }
    expect(copies[0]!.equals(copies[1]!)).toBe(true);
    expect(digests[0]).toBe(createHash('sha256').update(copies[0]!).digest('hex'));
    const files = unzipSync(new Uint8Array(copies[0]!));
    // the document's time is its 成文日期; app.xml names the application
    expect(strFromU8(files['docProps/core.xml']!)).toContain('>2025-01-06T00:00:00Z</dcterms:created>');
    expect(strFromU8(files['docProps/app.xml']!)).toContain('<Application>gwdraft</Application>');
    // SOURCE_DATE_EPOCH, or --date, fixes it instead
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    const c = join(dir, 'c.docx');
    expect(await main(['export', draft, '-o', c])).toBe(0);
    vi.unstubAllEnvs();
    const core = strFromU8(unzipSync(new Uint8Array(readFileSync(c)))['docProps/core.xml']!);
    expect(core).toContain('>2023-11-14T22:13:20Z</dcterms:modified>');
    expect(await main(['export', draft, '-o', c, '--force', '--date', '2025-02-01'])).toBe(0);
    expect(strFromU8(unzipSync(new Uint8Array(readFileSync(c)))['docProps/core.xml']!)).toContain(
      '>2025-02-01T00:00:00Z</dcterms:created>',
    );
  });

  it('exits 2 with a bilingual message on bad input and writes nothing', async () => {
    const bad = join(dir, 'bad.gwdraft');
    writeFileSync(bad, '{"schemaVersion": 1, "oops"');
    const target = join(dir, 'out.docx');
    expect(await main(['export', bad, '-o', target])).toBe(2);
    expect(await main(['export', join(dir, 'missing.md'), '-o', target])).toBe(2);
    expect(await main(['export', FIXTURE, '-o', join(dir, 'out.pdf')])).toBe(2);
    expect(await main(['export', FIXTURE, '-o', target, '--fonts', 'arial'])).toBe(2);
    expect(await main(['export', FIXTURE, '-o', target, '--print-date', '2025/1/8'])).toBe(2);
    expect(err).toHaveLength(5);
    for (const line of err) expect(line).toMatch(/^gwdraft export: .+ \/ .+\n$/);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['bad.gwdraft']);
  });
});

const skip = renderSkipReason();
afterAll(removeRenders);
describe.skipIf(skip !== null)('round trip: seed-like text → import → export → LibreOffice', () => {
  it('loses no text', { timeout: 180_000 }, async () => {
    const target = join(dir, 'round.docx');
    expect(await main(['export', FIXTURE, '-o', target])).toBe(0);
    const pdf = renderDocx(new Uint8Array(readFileSync(target)), 'round');
    // Compare text without whitespace and punctuation (headings are rewritten by the template, and
    // LibreOffice hides punctuation hung at a justified line's end); markdown markup is not text.
    const norm = (s: string) => s.replace(/[\s#*，。、；：！？“”《》（）()]/g, '');
    const rendered = norm(pdf.lines.map((l) => l.text).join(''));
    const source = readFileSync(FIXTURE, 'utf8')
      .split('\n')
      .flatMap((line) => line.split(/[，。；：！？]/))
      .map((s) => norm(s.replace(/^[#\s*]*[一二三四五六七]、/, '')))
      .filter((s) => s.length > 0);
    expect(source.length).toBeGreaterThan(30);
    for (const fragment of source) expect(rendered, fragment).toContain(fragment);
  });
});
