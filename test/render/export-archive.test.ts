/**
 * The archive copy (归档): `gwdraft export` gives the same bytes for the same draft and options, prints
 * their SHA-256 with --sha256, takes the document's time from the 成文日期 (or --date, or
 * SOURCE_DATE_EPOCH), and writes the file with the user's umask.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../cli/main';
import { encodeDraft } from '../../core/draft/index';
import { findTemplate } from '../../templates/index';
import { sampleReport } from './sample-report';

const template = findTemplate('zhanjiang-department')!;

let dir: string;
let out: string[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gwdraft-export-archive-'));
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('gwdraft export: a byte-stable archive copy', () => {
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
});
