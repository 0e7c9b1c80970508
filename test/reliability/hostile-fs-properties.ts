/**
 * Fuzz properties over the file system and sizes (issue 15), shared by the unit test (a few cases) and
 * `npm run fuzz` (more):
 * - folders holding named pipes, symlinks to them, broken symlinks, subfolders, drafts and damaged files:
 *   `gwdraft check FOLDER` finishes, skips every entry that is not a regular file with a note, checks
 *   every regular one; the draft loader refuses each special entry at once;
 * - imports of very many paragraphs: what the importer produces is either written as a draft that loads
 *   again, or refused before writing (too-large-to-save) — never a draft gwdraft cannot reopen.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { DraftError, encodeDraft, parseDraftBytes } from '../../core/draft/index';
import { importTextBytes } from '../../core/import/text/index';
import { shippedTemplates } from '../../templates/index';
import { checkCommand } from '../../cli/commands/check';
import { loadDraftFile, saveDraftFile } from '../../electron/service/draft-file';
import { createReport } from '../../core/model/report-helpers';
import { findTemplate } from '../../templates/index';

export interface AsyncProperty {
  name: string;
  run: () => Promise<void>;
}

export const FIFOS_SUPPORTED = process.platform !== 'win32';

const ENTRY_KINDS = [
  'draft',
  'damaged',
  'fifo',
  'link-to-fifo',
  'link-to-draft',
  'broken-link',
  'folder',
] as const;
type EntryKind = (typeof ENTRY_KINDS)[number];
const EXTENSIONS = ['.gwdraft', '.docx', '.txt', '.md'];

/** Run `f` with stdout and stderr captured (outside vitest: no spies). */
async function captured(f: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = process.stdout.write.bind(process.stdout);
  const e = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string | Uint8Array) => (
    (out += String(s)),
    true
  )) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => (
    (err += String(s)),
    true
  )) as typeof process.stderr.write;
  try {
    return { code: await f(), out, err };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}

async function makeFolder(
  root: string,
  kinds: { kind: EntryKind; ext: number }[],
): Promise<{
  dir: string;
  regular: string[];
  special: string[];
}> {
  const dir = await mkdtemp(join(root, 'f-'));
  const regular: string[] = [];
  const special: string[] = [];
  const draft = createReport(findTemplate('zhanjiang-department')!, { org: '某局', year: 2024 });
  const target = join(root, 'target.gwdraft');
  await saveDraftFile(target, draft);
  const pipe = join(root, `pipe-${Math.random().toString(36).slice(2)}`);
  execFileSync('mkfifo', [pipe]);
  for (const [i, { kind, ext }] of kinds.entries()) {
    const name = `e${i}${kind === 'folder' ? '' : EXTENSIONS[ext % EXTENSIONS.length]}`;
    const path = join(dir, name);
    if (kind === 'draft') await saveDraftFile(path, draft);
    else if (kind === 'damaged') await writeFile(path, '{"schemaVersion": 1, ');
    else if (kind === 'fifo') execFileSync('mkfifo', [path]);
    else if (kind === 'link-to-fifo') await symlink(pipe, path);
    else if (kind === 'link-to-draft') await symlink(target, path);
    else if (kind === 'broken-link') await symlink(join(root, 'missing'), path);
    else await mkdir(path);
    if (kind === 'folder') continue;
    (['fifo', 'link-to-fifo', 'broken-link'].includes(kind) ? special : regular).push(path);
  }
  return { dir, regular, special };
}

export function folderProperties(runs: number): AsyncProperty[] {
  return [
    {
      name: 'check FOLDER with FIFOs and symlinks: finishes, skips the special entries with a note',
      run: async () => {
        const root = await mkdtemp(join(tmpdir(), 'gwdraft-fsfuzz-'));
        try {
          await fc.assert(
            fc.asyncProperty(
              fc.array(fc.record({ kind: fc.constantFrom(...ENTRY_KINDS), ext: fc.nat(3) }), {
                minLength: 1,
                maxLength: 8,
              }),
              async (kinds) => {
                const { dir, regular, special } = await makeFolder(root, kinds);
                const r = await captured(() =>
                  checkCommand.run([dir, '--today', '2025-01-10']).catch((e: unknown) => {
                    if (regular.length === 0 && e instanceof Error && e.name === 'UserError') return 2;
                    throw e;
                  }),
                );
                for (const s of special)
                  if (!r.err.includes(`skipped ${s}`)) throw new Error(`${s} was not skipped: ${r.err}`);
                for (const f of regular)
                  if (!r.out.includes(`== ${f}`)) throw new Error(`${f} was not checked: ${r.out}`);
                // Loading any entry directly never hangs: a special one is refused at once.
                for (const s of special) {
                  const outcome = await loadDraftFile(s).then(
                    () => 'loaded',
                    (e: unknown) => e,
                  );
                  if (!(outcome instanceof DraftError)) throw new Error(`${s}: ${String(outcome)}`);
                }
              },
            ),
            { numRuns: runs },
          );
        } finally {
          await rm(root, { recursive: true, force: true });
        }
      },
    },
  ];
}

export function oversizeImportProperties(runs: number): AsyncProperty[] {
  const templates = shippedTemplates();
  return [
    {
      name: 'imports of very many paragraphs: written as a loadable draft, or refused before writing',
      run: async () =>
        fc.assert(
          fc.asyncProperty(
            // Paragraph counts around the point where a draft passes the 20 MiB limit (~190,000).
            fc.integer({ min: 100_000, max: 320_000 }),
            fc.constantFrom('第{i}项。', 'x', '一是开展执法检查{i}次。'),
            async (count, pattern) => {
              const text = Array.from({ length: count }, (_, i) => pattern.replace('{i}', String(i))).join(
                '\n',
              );
              const { report } = importTextBytes(new TextEncoder().encode(text), 'many.txt', {
                templates,
                templateId: 'zhanjiang-department',
                fallbackYear: 2024,
              });
              let bytes: Uint8Array;
              try {
                bytes = encodeDraft(report, 'many.gwdraft');
              } catch (e) {
                if (e instanceof DraftError && e.code === 'too-large-to-save') return;
                throw e;
              }
              parseDraftBytes(bytes, { fileName: 'many.gwdraft' });
            },
          ),
          { numRuns: runs },
        ),
    },
  ];
}
