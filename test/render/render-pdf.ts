/**
 * Test helper: render a DOCX to PDF with LibreOffice (the project's font aliases loaded through
 * FONTCONFIG_FILE) and read the laid-out lines back with `pdftotext -bbox-layout`, in millimetres.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FONTS_CONF = join(dirname(fileURLToPath(import.meta.url)), '..', 'fonts', 'fonts.conf');
const PT_TO_MM = 25.4 / 72;

const made: string[] = [];

/** A fresh temporary folder, removed by removeRenders(). */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Remove every folder the helpers made (call in afterAll). */
export function removeRenders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function sofficeAvailable(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Render tests may skip only when soffice is missing and CI is not set: in CI a missing soffice fails. */
export function renderSkipReason(): string | null {
  if (sofficeAvailable()) return null;
  if (process.env.CI)
    throw new Error('soffice (libreoffice-writer-nogui) is required in CI for the render tests');
  return 'soffice not installed: render tests skipped (install libreoffice-writer-nogui, fonts-noto-cjk, fonts-arphic-gkai00mp, poppler-utils)';
}

export interface PdfLine {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

export interface RenderedPdf {
  dir: string;
  pdf: string;
  pages: number;
  lines: PdfLine[];
}

/** LibreOffice converting `file` into `outdir`, with a profile of its own in `dir` and the project's fonts. */
function soffice(dir: string, convertTo: string, outdir: string, ...files: string[]): void {
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/lo-profile`,
      '--convert-to',
      convertTo,
      '--outdir',
      outdir,
      ...files,
    ],
    { env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF }, stdio: 'ignore', timeout: 180_000 },
  );
}

/**
 * PDF export keeping the blank pages LibreOffice inserts for a section that starts on an even page (it
 * skips them by default; a printer prints them).
 */
const PDF_WITH_BLANK_PAGES = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';

export function renderDocx(bytes: Uint8Array, name = 'export'): RenderedPdf {
  const dir = tempDir('gwdraft-render-');
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  soffice(dir, PDF_WITH_BLANK_PAGES, dir, docx);
  const pdf = join(dir, `${name}.pdf`);
  const html = join(dir, `${name}.html`);
  execFileSync('pdftotext', ['-bbox-layout', pdf, html]);
  return { dir, pdf, ...parseBbox(readFileSync(html, 'utf8')) };
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export function parseBbox(html: string): { pages: number; lines: PdfLine[] } {
  const lines: PdfLine[] = [];
  const pages = html.split('<page ').slice(1);
  pages.forEach((pg, i) => {
    for (const m of pg.matchAll(
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
    )) {
      const words = [...m[5]!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => unescape(w[1]!));
      lines.push({
        page: i + 1,
        xMin: Number(m[1]) * PT_TO_MM,
        yMin: Number(m[2]) * PT_TO_MM,
        xMax: Number(m[3]) * PT_TO_MM,
        yMax: Number(m[4]) * PT_TO_MM,
        text: words.join(' '),
      });
    }
  });
  return { pages: pages.length, lines };
}

/** The DOCX opened and saved again by LibreOffice (as a reviewer's office suite would). */
export function resaveDocx(bytes: Uint8Array): Uint8Array {
  const dir = tempDir('gwdraft-resave-');
  const docx = join(dir, 'in.docx');
  writeFileSync(docx, bytes);
  soffice(dir, 'docx:MS Word 2007 XML', join(dir, 'out'), docx);
  return new Uint8Array(readFileSync(join(dir, 'out', 'in.docx')));
}

/**
 * Many files opened and saved by LibreOffice in one run: one start of soffice instead of one a file (a
 * start costs seconds, and a corpus of Word reports is dozens of files). Keys are file names (".docx").
 */
export function resaveDocxAll(files: Readonly<Record<string, Uint8Array>>): Record<string, Uint8Array> {
  const dir = tempDir('gwdraft-resave-');
  const paths = Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  });
  soffice(dir, 'docx:MS Word 2007 XML', join(dir, 'out'), ...paths);
  return Object.fromEntries(
    Object.keys(files).map((name) => [name, new Uint8Array(readFileSync(join(dir, 'out', name)))]),
  );
}

/** Pages as PNG at 60 dpi, for a person to look at (pdftoppm names them PREFIX-N.png). */
export function pngPages(pdf: string, dir: string, prefix: string, first = 1, last = 2): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', [
    '-r',
    '60',
    '-png',
    '-f',
    String(first),
    '-l',
    String(last),
    pdf,
    join(dir, prefix),
  ]);
}

export interface Rule {
  /** Middle of the rule, from the top of the page. */
  y: number;
  xMin: number;
  xMax: number;
  /** Thickness as rendered (at 0.1 mm a pixel). */
  thickness: number;
}

/**
 * The horizontal rules drawn on `page` (table or paragraph borders), found on a 254 dpi grayscale
 * render (0.1 mm a pixel): rows with a dark run longer than `minMm`, adjacent rows merged into one rule.
 */
export function horizontalRules(pdf: string, page: number, minMm = 100): Rule[] {
  const dir = tempDir('gwdraft-rules-');
  execFileSync('pdftoppm', [
    '-r',
    '254',
    '-gray',
    '-f',
    String(page),
    '-l',
    String(page),
    pdf,
    join(dir, 'p'),
  ]);
  const file = readdirSync(dir).find((f) => f.endsWith('.pgm'))!;
  const buf = readFileSync(join(dir, file));
  // P5 header: magic, width, height, maxval, each followed by whitespace
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 50).toString('latin1'))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = header[0].length;
  const rows: { y: number; xMin: number; xMax: number }[] = [];
  for (let y = 0; y < height; y++) {
    let best = { len: 0, start: 0 };
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const dark = x < width && buf[offset + y * width + x]! < 160;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        if (x - start > best.len) best = { len: x - start, start };
        start = -1;
      }
    }
    if (best.len / 10 >= minMm) rows.push({ y, xMin: best.start, xMax: best.start + best.len });
  }
  const rules: Rule[] = [];
  let group: typeof rows = [];
  const flush = () => {
    if (group.length === 0) return;
    rules.push({
      y: (group[0]!.y + group[group.length - 1]!.y + 1) / 2 / 10,
      xMin: Math.min(...group.map((r) => r.xMin)) / 10,
      xMax: Math.max(...group.map((r) => r.xMax)) / 10,
      thickness: group.length / 10,
    });
    group = [];
  };
  for (const r of rows) {
    if (group.length > 0 && r.y !== group[group.length - 1]!.y + 1) flush();
    group.push(r);
  }
  flush();
  return rules;
}
