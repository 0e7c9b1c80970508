/**
 * A few hundred fuzz cases per property (`npm run fuzz` runs thousands): the draft loader and the text
 * importer never crash — a valid Report or a DraftError, whatever the input — and loading never
 * changes the file it reads.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftProperties, importProperties, loadsOrRefuses, VALID_DRAFT } from './fuzz-properties';
import { loadDraftFile } from '../../electron/service/draft-file';
import { DraftError } from '../../core/draft/index';
import type { Report } from '../../core/model/report';
import { FIFOS_SUPPORTED, folderProperties, oversizeImportProperties } from './hostile-fs-properties';

describe('fuzz: draft loader', () => {
  for (const p of draftProperties(300)) it(p.name, p.run);
});

describe('fuzz: text importer', () => {
  for (const p of importProperties(300)) it(p.name, p.run);
});

describe.skipIf(!FIFOS_SUPPORTED)('fuzz: folders with FIFOs and symlinks', () => {
  for (const p of folderProperties(15)) it(p.name, p.run, 60_000);
});

describe('fuzz: oversize imports', () => {
  // Each case imports 100,000–320,000 paragraphs; `npm run fuzz` runs more.
  for (const p of oversizeImportProperties(1)) it(p.name, p.run, 60_000);
});

describe('fuzz: loading a damaged file leaves it untouched', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gwdraft-fuzz-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('random cuts and byte flips of a valid draft', async () => {
    const valid = Buffer.from(VALID_DRAFT);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
        async (cut, flips) => {
          const bytes = Buffer.from(valid.subarray(0, (cut % valid.length) + 1));
          for (const [at, b] of flips) bytes[at % bytes.length] = b;
          const file = join(dir, 'fuzz.gwdraft');
          await writeFile(file, bytes);
          const outcome = await loadDraftFile(file).then(
            (loaded) => loaded.report,
            (e: unknown) => e,
          );
          if (outcome instanceof Error) expect(outcome).toBeInstanceOf(DraftError);
          else loadsOrRefuses(() => outcome as Report);
          expect(await readFile(file)).toEqual(bytes);
        },
      ),
      { numRuns: 60 },
    );
  });
});
