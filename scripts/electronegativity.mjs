#!/usr/bin/env node
// Run Electronegativity (installed as a devDependency, so it works offline) over electron/ and fail on any
// HIGH or MEDIUM finding that SECURITY.md does not justify. A justification is a row of the table in
// SECURITY.md's "Electronegativity findings" section: | CHECK_NAME | file | why it is acceptable |.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');

/** RFC 4180-ish: quoted fields may hold commas and doubled quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

function justifications(markdown) {
  const set = new Set();
  for (const line of markdown.split('\n')) {
    const m = /^\|\s*`?([A-Z_]+_CHECK)`?\s*\|\s*`?([^|`]+?)`?\s*\|/.exec(line);
    if (m) set.add(`${m[1]} ${m[2].trim()}`);
  }
  return set;
}

const out = mkdtempSync(join(tmpdir(), 'gwdraft-eneg-'));
const csv = join(out, 'findings.csv');
try {
  const r = spawnSync(process.execPath, [cli, '-i', 'electron/', '-e', electronVersion, '-r', '-o', csv], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (r.status !== 0) {
    console.error(`electronegativity failed (exit ${r.status}):\n${r.stderr || r.stdout}`);
    process.exit(1);
  }
  const [header, ...rows] = parseCsv(readFileSync(csv, 'utf8')).filter((x) => x.length > 1);
  const col = (name) => header.indexOf(name);
  const findings = rows.map((x) => ({
    check: x[col('issue')],
    severity: x[col('severity')],
    file: join('electron', x[col('filename')]),
    location: x[col('location')],
    description: x[col('description')],
  }));
  const ok = justifications(readFileSync(join(root, 'SECURITY.md'), 'utf8'));
  const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
  const open = serious.filter((f) => !ok.has(`${f.check} ${f.file}`));
  for (const f of findings)
    console.log(
      `${open.includes(f) ? '✗' : serious.includes(f) ? '✓ justified' : '· low'}  ${f.severity} ${f.check} ${f.file}:${f.location}  ${f.description}`,
    );
  if (open.length) {
    console.error(
      `\nelectronegativity: ${open.length} HIGH/MEDIUM finding(s) not justified in SECURITY.md. Fix them, or add a row to its "Electronegativity findings" table.`,
    );
    process.exit(1);
  }
  console.log(
    `electronegativity: ${findings.length} finding(s), ${serious.length} HIGH/MEDIUM, all justified in SECURITY.md.`,
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
