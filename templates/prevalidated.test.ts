import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { prevalidatedData } from '../scripts/prevalidated-data.mjs';
import { outlineVocabularyData, shippedTemplateData } from './validated-data';

// The CLI bundle replaces templates/validated-data.ts with what scripts/prevalidated-data.mjs makes at
// build time: it must return exactly what the run-time zod parse returns.
describe('shipped data validated at build time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gwdraft-prevalidated-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('equals the run-time parse: same values, same key order, for every function of the module', async () => {
    const { source, inputs } = await prevalidatedData();
    expect(source).not.toMatch(/\bimport\b/); // the bundle gets no zod, no schema, no JSON file from it
    const file = join(dir, 'validated-data.mjs');
    writeFileSync(file, source);
    const built = (await import(pathToFileURL(file).href)) as Record<string, () => unknown>;
    const runtime: Record<string, () => unknown> = { outlineVocabularyData, shippedTemplateData };
    expect(Object.keys(built).sort()).toEqual(Object.keys(runtime).sort());
    for (const [name, fn] of Object.entries(runtime)) {
      expect(built[name]!(), name).toStrictEqual(fn());
      expect(JSON.stringify(built[name]!()), name).toBe(JSON.stringify(fn()));
      expect(built[name]!(), 'a fresh copy each call').not.toBe(built[name]!());
    }
    // Every shipped JSON is an input, so editing one makes the bundle stale (cli/bin/bundle-check.cjs).
    for (const f of [
      'templates/zhanjiang-department.json',
      'templates/statutory-five.json',
      'templates/government-gangyao.json',
      'templates/county-three.json',
      'templates/township.json',
      'templates/outline-vocabulary.json',
      'templates/validated-data.ts',
      'core/templates/schema.ts',
    ])
      expect(inputs).toContain(f);
  });
});
