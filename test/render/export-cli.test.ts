/**
 * `gwdraft export` as a user runs it: .md or .gwdraft in, DOCX out; errors exit 2 and leave nothing
 * half-written; a seed-like text file survives import → export → LibreOffice with no text lost.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
