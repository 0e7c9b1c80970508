/**
 * Outline templates a user made (from a 法治办's notice) or received as a file: kept in the app data
 * folder (templates/<id>.json), one file each, shared as files. Shipped templates are read-only and
 * cannot be shadowed. Also reading a notice (.docx, .txt, .md) for `template new --from`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { checkTemplateText, type TemplateFileError } from '../../core/templates/check-file';
import type { Template } from '../../core/templates/schema';
import { formatSize, MAX_INPUT_BYTES } from '../../core/draft/index';
import { findTemplate, shippedTemplates } from '../../templates/index';
import { writeFileAtomic } from './atomic-write';
import { ImportJobLimit, runImportJob } from './import-jobs';
import { FileReadError, readRegularFile } from './regular-file';

export class TemplateFileProblem extends Error {
  constructor(
    message: string,
    readonly errors: TemplateFileError[] = [],
  ) {
    super(message);
    this.name = 'TemplateFileProblem';
  }
}

/** A notice read as a regular file within the input limit (a FIFO or a huge file is refused at once). */
async function readNotice(path: string): Promise<Uint8Array> {
  try {
    return (await readRegularFile(path, MAX_INPUT_BYTES)).bytes;
  } catch (e) {
    if (e instanceof FileReadError && e.code === 'not-regular')
      throw new TemplateFileProblem(
        `不是普通文件：${basename(path)}（${e.kind}） / not a regular file: ${basename(path)}`,
      );
    if (e instanceof FileReadError) {
      const size = `${formatSize(e.size, MAX_INPUT_BYTES)} > ${formatSize(MAX_INPUT_BYTES, e.size)}`;
      throw new TemplateFileProblem(
        `文件过大：${basename(path)}（${size}） / file too large: ${basename(path)} (${size})`,
      );
    }
    throw e;
  }
}

/** Reads a notice's bytes: its outline template (null when it has none) and the report year. */
export type NoticeReader = (
  bytes: Uint8Array,
  fileName: string,
) => Promise<{ template: Template | null; year: number | null }>;

/**
 * Reads a notice in this thread: the CLI's reader (a command has no other requests to keep answering).
 * The service reads notices through its formats (formats.ts readNotice), in the import worker with its
 * time budget, so the host keeps answering meanwhile.
 */
export const readNoticeInProcess: NoticeReader = async (bytes, fileName) => {
  const r = await runImportJob({ op: 'notice', bytes, fileName }, { inProcess: true });
  return { template: r.template, year: r.year };
};

/** A template from a notice file's outline (the statutory items attached by heading meaning). */
export async function templateFromNoticeFile(
  path: string,
  read: NoticeReader = readNoticeInProcess,
): Promise<Template> {
  return (await noticeFile(path, read)).template;
}

/**
 * The notice's template and the report year it asks about. The notice is a Word document's paragraphs
 * or a text/Markdown file decoded; one the readers refuse rejects with their errors (DocxImportError,
 * TextDecodeError), a read stopped by the worker's budget with a TemplateFileProblem.
 */
export async function noticeFile(
  path: string,
  read: NoticeReader = readNoticeInProcess,
): Promise<{ template: Template; year: number | null }> {
  const bytes = await readNotice(path);
  const name = basename(path);
  const r = await read(bytes, name).catch((e: unknown) => {
    if (e instanceof ImportJobLimit)
      throw new TemplateFileProblem(
        `读取通知${e.reason === 'timeout' ? '超时' : '所需内存过多'}，文件可能已损坏或过于复杂：${name}（${e.detail}） / reading the notice was stopped (${e.detail}): ${name}`,
      );
    throw e;
  });
  if (!r.template)
    throw new TemplateFileProblem(
      `通知中没有找到提纲标题（如“二、报告提纲”下的“（一）……”）：${name} / no outline headings found in ${name}`,
    );
  return { template: r.template, year: r.year };
}

export function describeErrors(errors: readonly TemplateFileError[]): string {
  return errors.map((e) => `第${e.line}行${e.field ? ` ${e.field}` : ''}：${e.message}`).join('；');
}

export class UserTemplateStore {
  readonly dir: string;
  constructor(dataDir: string) {
    this.dir = join(dataDir, 'templates');
  }

  async list(): Promise<Template[]> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter((n) => n.endsWith('.json')).sort();
    } catch {
      return [];
    }
    const out: Template[] = [];
    for (const n of names) {
      const check = checkTemplateText(await readFile(join(this.dir, n), 'utf8').catch(() => ''));
      if (check.template) out.push({ ...check.template, origin: 'user' });
    }
    return out;
  }

  /** list() with synchronous calls, for the one-shot CLI (no node:fs/promises loaded): the same templates. */
  listSync(): Template[] {
    let names: string[];
    try {
      names = readdirSync(this.dir)
        .filter((n) => n.endsWith('.json'))
        .sort();
    } catch {
      return [];
    }
    const out: Template[] = [];
    for (const n of names) {
      let text = '';
      try {
        text = readFileSync(join(this.dir, n), 'utf8');
      } catch {
        // unreadable: as list(), an empty text, which is no template
      }
      const check = checkTemplateText(text);
      if (check.template) out.push({ ...check.template, origin: 'user' });
    }
    return out;
  }

  async get(id: string): Promise<Template | undefined> {
    return (await this.list()).find((t) => t.id === id);
  }

  /** The template of this id: a shipped one, else the user's (origin 'user'); undefined for neither. */
  async find(id: string): Promise<Template | undefined> {
    return findTemplate(id) ?? (await this.get(id));
  }

  /** Validate and keep a template (JSON text); a shipped id is refused, the same id is replaced. */
  async add(json: string): Promise<Template> {
    const check = checkTemplateText(json);
    if (!check.template)
      throw new TemplateFileProblem(
        `模板文件有误 / invalid template: ${describeErrors(check.errors)}`,
        check.errors,
      );
    const t: Template = { ...check.template, origin: 'user' };
    if (shippedTemplates().some((s) => s.id === t.id))
      throw new TemplateFileProblem(
        `“${t.id}”是内置模板的编号，请换一个 / ${t.id} is a shipped template's id`,
      );
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(join(this.dir, `${t.id}.json`), JSON.stringify(t, null, 2) + '\n');
    return t;
  }

  async exportJson(id: string): Promise<string> {
    const t = (await this.get(id)) ?? shippedTemplates().find((s) => s.id === id);
    if (!t) throw new TemplateFileProblem(`没有模板 ${id} / no template ${id}`);
    return JSON.stringify(t, null, 2) + '\n';
  }

  async remove(id: string): Promise<void> {
    if (shippedTemplates().some((s) => s.id === id))
      throw new TemplateFileProblem(`内置模板不能删除 / shipped templates cannot be removed: ${id}`);
    if (!/^[a-z0-9-]+$/u.test(id)) throw new TemplateFileProblem(`模板编号无效 / invalid id ${id}`);
    await rm(join(this.dir, `${id}.json`), { force: true });
  }
}
