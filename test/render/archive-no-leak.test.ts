/**
 * The archive copy as the archivist receives it: reports of several kinds (a department's, a 乡镇's,
 * a joint 署名, one with a 附件 list and a table, one with 附表 pages and a 红头), imported from text,
 * reviewed (comments with replies, a resolved thread, comments on the title and the 署名, 修订 by two
 * reviewers), then exported by `gwdraft export` twice: the archive copy (修订 accepted) and the review
 * copy (--comments). Every part of the archive copy is read: no reviewer, comment, 修订, draft path
 * or user name in any of them, and its properties name the unit; the review copy has them all.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../cli/main';
import { encodeDraft } from '../../core/draft/index';
import { parseDraft } from '../../core/draft/parse';
import { templateOf } from '../../templates/index';
import { COMMENT_MARKS, REVIEWERS, withReview } from './reviewed-report';

const CORPUS = join(__dirname, '../fixtures/corpus');
const REPORTS = [
  { file: '01-zhanjiang-water-bureau-2024.md', org: '', flags: [] },
  { file: '08-township-standard-2024.txt', org: '桃源镇人民政府', flags: [] },
  { file: '10-joint-county-party-government-2024.txt', org: '', flags: [] },
  { file: '24-department-attachments-table-2024.txt', org: '', flags: [] },
  { file: '60-transport-bureau-appendix-table-2024.md', org: '岳西县交通运输局', flags: ['--header'] },
] as const;

let root: string;
let draftDir: string;
beforeAll(() => {
  // a folder named as a user's would be, to find in a file that leaks the draft's path
  root = mkdtempSync(join(tmpdir(), 'gwdraft-archive-'));
  draftDir = join(root, '草稿箱-私人目录');
  mkdirSync(draftDir);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

/** Every part of the package as text (all of a DOCX's parts are XML). */
function parts(path: string): Map<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  return new Map(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

async function reviewed(file: string): Promise<{ draft: string; org: string }> {
  const name = file.replace(/\.\w+$/, '');
  const imported = join(draftDir, `${name}.gwdraft`);
  expect(await main(['import', join(CORPUS, file), '-o', imported])).toBe(0);
  const report = parseDraft(readFileSync(imported, 'utf8'), { fileName: 'r.gwdraft' });
  const draft = join(draftDir, `${name}（审阅后）.gwdraft`);
  writeFileSync(draft, encodeDraft(withReview(report, templateOf(report)), 'r.gwdraft'));
  return { draft, org: report.meta.org };
}

describe('the archive copy leaks nothing of the review, the draft or the user', () => {
  const user = userInfo().username;
  for (const { file, org: expectedOrg, flags } of REPORTS)
    it(file, { timeout: 60_000 }, async () => {
      const { draft, org } = await reviewed(file);
      if (expectedOrg) expect(org).toBe(expectedOrg);
      const archive = join(root, `${file}.docx`);
      const review = join(root, `${file}（审阅稿）.docx`);
      expect(await main(['export', draft, '-o', archive, '--accept-all', ...flags])).toBe(0);
      expect(await main(['export', draft, '-o', review, '--comments', ...flags])).toBe(0);

      const leaks = [
        ...REVIEWERS.flatMap((r) => [r.author, r.unit]),
        ...COMMENT_MARKS,
        draftDir,
        '草稿箱-私人目录',
        '审阅后',
        root,
        // a user name short enough to be a common word (root) would be found in XML by chance
        ...(user.length >= 5 ? [user] : []),
      ];
      const clean = parts(archive);
      for (const [name, text] of clean) {
        for (const leak of leaks) expect(text, `${name} contains ${leak}`).not.toContain(leak);
        expect(text, name).not.toMatch(
          /<w:(ins|del|moveFrom|moveTo|commentRangeStart|commentReference|rPrChange|pPrChange)\b/,
        );
      }
      expect(
        [...clean.keys()].filter((n) =>
          /comments|people|customXml|webSettings|settings\.xml\.rels|docProps\/thumbnail/i.test(n),
        ),
      ).toEqual([]);
      // the properties a clerk expects: the unit as author and last editor, the report's title
      const core = clean.get('docProps/core.xml')!;
      expect(core).toContain(`<dc:creator>${org}</dc:creator>`);
      expect(core).toContain(`<cp:lastModifiedBy>${org}</cp:lastModifiedBy>`);
      expect(core).toMatch(/<dc:title>[^<]*法治政府建设[^<]*<\/dc:title>/);
      expect(clean.get('docProps/app.xml')).toContain('<Application>gwdraft</Application>');
      // the 修订 accepted: the inserted words are in, the deleted ones are not
      expect(clean.get('word/document.xml')).toContain('进一步');

      // The review copy has all of them.
      const copy = parts(review);
      const all = [...copy.values()].join('\n');
      for (const r of REVIEWERS) expect(all).toContain(`${r.author}（${r.unit}）`);
      for (const mark of COMMENT_MARKS) expect(copy.get('word/comments.xml')).toContain(mark);
      expect(copy.has('word/commentsExtended.xml')).toBe(true);
      const doc = copy.get('word/document.xml')!;
      expect(doc).toMatch(/<w:ins /);
      expect(doc).toMatch(/<w:del /);
      expect(doc.match(/<w:commentRangeStart /g)).toHaveLength(5); // 4 threads, and a reply has its own range
      // neither copy names the draft's folder or the user
      for (const leak of [draftDir, '草稿箱-私人目录', ...(user.length >= 5 ? [user] : [])])
        expect(all).not.toContain(leak);
    });
});
