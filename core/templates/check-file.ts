/**
 * `gwdraft template check FILE`: a template file validated with errors a person can act on — the line
 * of the file and the field (sections[2].heading), in Chinese and English.
 */
import { TemplateSchema, type Template } from './schema';

export interface TemplateFileError {
  /** 1-based line in the file. */
  line: number;
  /** The field, e.g. sections[2].heading ("" for the file as a whole). */
  field: string;
  message: string;
}

export interface TemplateFileCheck {
  template: Template | null;
  errors: TemplateFileError[];
}

type Path = (string | number)[];

function fieldOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

/** The line where each value of a JSON text starts, by its path (a small scanner; the text is valid JSON). */
function valueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const ws = () => {
    while (i < text.length && /\s/u.test(text[i]!)) {
      if (text[i] === '\n') line++;
      i++;
    }
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: Path): void => {
    ws();
    lines.set(fieldOf(path), line);
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        const key = str();
        ws();
        i++; // :
        value([...path, key]);
        ws();
        if (text[i++] === '}') return;
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (let k = 0; ; k++) {
        value([...path, k]);
        ws();
        if (text[i++] === ']') return;
      }
    }
    if (c === '"') return void str();
    while (i < text.length && !/[\s,\]}]/u.test(text[i]!)) i++;
  };
  value([]);
  return lines;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset && k < text.length; k++) if (text[k] === '\n') line++;
  return line;
}

export function checkTemplateText(text: string): TemplateFileCheck {
  const src = text.replace(/^\ufeff/u, '');
  let data: unknown;
  try {
    data = JSON.parse(src);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/u.exec(message);
    const lc = /line (\d+)/u.exec(message);
    const line = lc ? Number(lc[1]) : pos ? lineAt(src, Number(pos[1])) : 1;
    return {
      template: null,
      errors: [{ line, field: '', message: `不是有效的 JSON / not valid JSON: ${message}` }],
    };
  }
  const result = TemplateSchema.safeParse(data);
  if (result.success) return { template: result.data, errors: [] };
  const lines = valueLines(src);
  const errors = result.error.issues.map((issue) => {
    // The line of the field, or of the nearest enclosing one that exists (a missing key: its object).
    let path = [...issue.path];
    while (path.length > 0 && !lines.has(fieldOf(path))) path = path.slice(0, -1);
    return { line: lines.get(fieldOf(path)) ?? 1, field: fieldOf(issue.path), message: issue.message };
  });
  return { template: null, errors: errors.sort((a, b) => a.line - b.line) };
}
