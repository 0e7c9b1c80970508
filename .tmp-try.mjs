import { build } from 'esbuild';
const root = '/work/wt/i16';
const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none', metafile: true };
const r1 = await build({ ...common, entryPoints: {gwdraft: 'cli/main.ts'}, format: 'esm', splitting: true, outdir: '/tmp/i16/esm', chunkNames: 'chunk-[hash]' });
const r2 = await build({ ...common, entryPoints: {gwdraft: 'cli/main.ts'}, format: 'cjs', outdir: '/tmp/i16/cjs' });
console.log(Object.keys(r1.metafile.inputs).length);
