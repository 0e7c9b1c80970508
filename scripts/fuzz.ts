/**
 * `npm run fuzz [-- --runs N]`: the fuzz properties of test/reliability/fuzz-properties.ts with
 * thousands of cases each (default 5000): the draft loader and the text importer return a valid Report
 * or a DraftError, and the DOCX importer a valid Report or a DocxImportError, whatever the input —
 * hostile archives included (lying sizes, entries sharing one stream, nested zips). Then the file-system
 * and size properties of test/reliability/hostile-fs-properties.ts: folders holding FIFOs and symlinks
 * (runs / 100 folders) and imports of very many paragraphs (runs / 1000 cases, each a few seconds).
 * Exit 1 on the first counterexample (fast-check prints its seed).
 */
import { draftProperties, importProperties } from '../test/reliability/fuzz-properties';
import { docxImportProperties } from '../test/reliability/docx-fuzz-properties';
import {
  FIFOS_SUPPORTED,
  folderProperties,
  oversizeImportProperties,
} from '../test/reliability/hostile-fs-properties';

function parseRuns(argv: string[]): number {
  const i = argv.indexOf('--runs');
  if (i < 0) return 5000;
  const n = Number(argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error('--runs needs a positive integer');
  return n;
}

const runs = parseRuns(process.argv.slice(2));
let failed = 0;
const properties: { name: string; cases: number; run: () => void | Promise<void> }[] = [
  ...[...draftProperties(runs), ...importProperties(runs), ...docxImportProperties(runs)].map((p) => ({
    ...p,
    cases: runs,
  })),
  ...(FIFOS_SUPPORTED ? folderProperties(Math.max(5, Math.floor(runs / 100))) : []).map((p) => ({
    ...p,
    cases: Math.max(5, Math.floor(runs / 100)),
  })),
  ...oversizeImportProperties(Math.max(1, Math.floor(runs / 1000))).map((p) => ({
    ...p,
    cases: Math.max(1, Math.floor(runs / 1000)),
  })),
];
for (const p of properties) {
  const t0 = performance.now();
  try {
    await p.run();
    process.stdout.write(
      `ok    ${p.name}: ${p.cases} cases, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
    );
  } catch (e) {
    failed++;
    process.stdout.write(`FAIL  ${p.name}\n${e instanceof Error ? e.message : String(e)}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
