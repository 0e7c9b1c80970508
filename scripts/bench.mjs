#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts (or those named on the command line), prints one table
// of medians against targets, and writes bench/results/latest.json.
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows = [];
for (const f of files) {
  process.stderr.write(`bench: ${f} …\n`);
  const mod = await import(pathToFileURL(join(root, 'bench', f)).href);
  try {
    for (const row of await mod.default()) rows.push({ file: f, ...row });
  } catch (err) {
    rows.push({ file: f, name: `${f} failed: ${err instanceof Error ? err.message : err}`, median: NaN });
  }
}

const fmt = (n) =>
  n === undefined ? '' : Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2)) : 'n/a';
const header = ['benchmark', 'median', 'p95', 'unit', 'target', 'ok', 'note'];
const table = rows.map((r) => [
  r.name,
  fmt(r.median),
  fmt(r.p95),
  r.unit ?? 'ms',
  r.target === undefined ? '' : `${r.targetOn === 'p95' ? 'p95' : 'median'} ≤ ${fmt(r.target)}`,
  r.target === undefined ? '' : (r.targetOn === 'p95' ? r.p95 : r.median) <= r.target ? 'yes' : 'NO',
  r.note ?? '',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));

mkdirSync(join(root, 'bench', 'results'), { recursive: true });
const out = join(root, 'bench', 'results', 'latest.json');
writeFileSync(
  out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpus: (await import('node:os')).cpus().length,
      rows,
    },
    null,
    2,
  ) + '\n',
);
console.log(`\nwritten: ${out}`);
