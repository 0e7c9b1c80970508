/**
 * The implementation of every contract method. Inputs arrive already validated by the dispatcher
 * (dispatch.ts); every path goes through the context's PathPolicy before any I/O.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ApiError, type API, type ApiMethod, type ApiOutput } from '../../core/api/contract';
import { createReport, resolvedTitle } from '../../core/model/report-helpers';
import type { Report, Suggestion } from '../../core/model/report';
import { mergeSuggestions, suggestionsOfCopy } from '../../core/suggestions/merge';
import { templateOf, shippedTemplates } from '../../templates/index';
import { startFromLastYear } from '../../core/import/carry-forward';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write';
import { readRegularFile } from './regular-file';
import type { ServiceContext } from './context';
import { kindOf, openDocument, readInputFile, saveDocument } from './documents';
import { RecentStore } from './recent-store';
import { RecoveryStore } from './recovery-store';
import { SettingsStore } from './settings-store';
import { listWorkspace } from './workspace-list';
import { autosaveIsNewer, listVersions, mtimeOf, openedFromAutosave, openVersion } from './history';
import { noticeFile, TemplateFileProblem, UserTemplateStore } from './user-templates';
import type { Template } from '../../core/templates/schema';

function summary(t: Template, origin: 'shipped' | 'user') {
  return {
    id: t.id,
    name: t.name,
    audience: t.audience,
    description: t.description,
    origin,
    headings: t.sections.map((s) => s.heading),
  };
}

async function asApi<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (e instanceof TemplateFileProblem) throw new ApiError('bad-file', e.message.split(' / ')[0]!);
    throw e;
  }
}

/** A method's implementation receives the parsed (output) type of its input schema. */
export type Implementation = {
  [M in ApiMethod]: (input: z.output<(typeof API)[M]['input']>) => Promise<ApiOutput<M>>;
};

function titleOf(report: Report): string {
  return resolvedTitle(report, templateOf(report));
}

function templateFor(report: Report) {
  const t = templateOf(report);
  if (!t) throw new ApiError('bad-file', `找不到报告使用的模板“${report.templateId}”。`);
  return t;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (st) => st.isFile(),
    () => false,
  );
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Larger than any export: such a file is not the one an export wrote, and is not read to find out. */
const LARGEST_EXPORT = 256 * 1024 * 1024;

/**
 * The SHA-256 of the file at `path`, or null when it cannot be an earlier export (not a regular file,
 * too large) or cannot be read. Read as every file is (regular-file.ts: a FIFO swapped in never blocks).
 */
async function sha256Of(path: string): Promise<string | null> {
  try {
    return sha256Hex((await readRegularFile(path, LARGEST_EXPORT)).bytes);
  } catch {
    return null;
  }
}

export function createService(ctx: ServiceContext): Implementation {
  const settings = new SettingsStore(ctx.dataDir);
  const recent = new RecentStore(ctx.dataDir);
  const recovery = new RecoveryStore(join(ctx.dataDir, 'recovery'));
  const userTemplates = new UserTemplateStore(ctx.dataDir);

  return {
    'host.info': async () => ({
      kind: ctx.kind,
      version: ctx.version,
      workspace: ctx.workspace,
      initialFile: ctx.initialFile,
    }),

    'templates.list': async () => [
      ...shippedTemplates().map((t) => summary(t, 'shipped')),
      ...(await userTemplates.list()).map((t) => summary(t, 'user')),
    ],

    'templates.get': async ({ id }) => {
      const t = await userTemplates.find(id);
      if (!t) throw new ApiError('not-found', `找不到提纲模板“${id}”。`);
      return t;
    },

    'templates.fromNotice': async ({ path }) => {
      const real = await ctx.policy.forRead(path);
      // Read in the import worker with the formats' time budget: the host keeps answering meanwhile.
      return asApi(noticeFile(real, ctx.formats.readNotice));
    },

    'templates.save': async ({ template }) =>
      summary(await asApi(userTemplates.add(JSON.stringify(template))), 'user'),

    'templates.import': async ({ path }) => {
      const real = await ctx.policy.forRead(path);
      if (extname(real).toLowerCase() !== '.json')
        throw new ApiError('invalid-input', '模板文件的扩展名应为 .json。');
      // A regular file only, within the import size limit (readInputFile says which rule it broke).
      const text = new TextDecoder().decode(await readInputFile(real));
      return summary(await asApi(userTemplates.add(text)), 'user');
    },

    'templates.export': async ({ id, path, overwrite }) => {
      const withExt = extname(path) === '' ? `${path}.json` : path;
      if (extname(withExt).toLowerCase() !== '.json')
        throw new ApiError('invalid-input', '模板文件的扩展名应为 .json。');
      const target = await ctx.policy.forWrite(withExt);
      const exists = await stat(target).then(
        () => true,
        () => false,
      );
      if (!overwrite && exists) throw new ApiError('conflict', `文件 ${basename(target)} 已存在。`);
      await writeFileAtomic(target, await asApi(userTemplates.exportJson(id)));
      ctx.policy.grant(target);
      return { path: target };
    },

    'templates.remove': async ({ id }) => {
      await asApi(userTemplates.remove(id));
      return {};
    },

    'file.new': async ({ templateId, org, year }) => {
      const t = await userTemplates.find(templateId);
      if (!t) throw new ApiError('not-found', `没有编号为“${templateId}”的模板。`);
      const report = createReport(t, { org, year });
      // A user's template travels with the draft: it opens and checks the same on another PC.
      if (t.origin === 'user') report.template = t;
      return { path: null, report, mtimeMs: null, notes: [] };
    },

    'file.open': async ({ path }) => {
      const opened = await openDocument(ctx, path);
      if (opened.path !== null) await recent.add(opened.path, titleOf(opened.report)).catch(() => {});
      return opened;
    },

    'file.nextYear': async ({ path }) => {
      const real = await ctx.policy.forRead(path);
      const kind = kindOf(real);
      // Last year's report is often only the published page, copied as text: it rolls over too.
      if (kind === null)
        throw new ApiError(
          'bad-file',
          `请选择去年的报告：.gwdraft 草稿、.docx 或 .txt/.md 文本（${basename(real)} 不是）。`,
        );
      const last = await openDocument(ctx, real);
      const next = startFromLastYear(last.report);
      return {
        path: null,
        report: next,
        mtimeMs: null,
        // What happened first (the notice line leads with it), then how the Word file was read.
        notes: [
          `已以 ${last.report.meta.year} 年报告（${basename(real)}）为基础开始 ${next.meta.year} 年报告：沿用的正文以浅色底标出，改写后标记消失；去年的批注、确认和成文日期不带入。`,
          ...(kind === 'gwdraft' ? [] : last.notes),
        ],
      };
    },

    'file.pickOpen': async () => ({ path: ctx.pickOpen ? await ctx.pickOpen() : null }),

    'file.pickSave': async ({ suggestedName, kind }) => ({
      path: ctx.pickSave ? await ctx.pickSave(basename(suggestedName), kind) : null,
    }),

    'file.list': async () => (ctx.workspace === null ? [] : listWorkspace(ctx.workspace)),

    'file.save': async (input) => {
      const result = await saveDocument(ctx, input);
      if (result.status === 'saved') {
        ctx.policy.grant(result.path);
        await recent.add(result.path, titleOf(input.report)).catch(() => {});
      }
      return result;
    },

    'recent.list': async () => {
      // Only entries the current host may still open (the loopback host sees its workspace only).
      const out = [];
      for (const e of await recent.list()) {
        try {
          await ctx.policy.forRead(e.path);
          out.push(e);
        } catch {
          // gone, or outside what this host may open
        }
      }
      return out;
    },

    'autosave.write': async ({ key, path, report }) => {
      // The recorded path is checked now, so a restore can never smuggle in a path the user never chose.
      const checked = path === null ? null : await ctx.policy.forWrite(path);
      return { savedAt: await recovery.write(key, checked, titleOf(report), report) };
    },

    'recovery.list': async () => {
      const out = [];
      for (const e of await recovery.list()) {
        const fileMtimeMs = e.path === null ? null : await mtimeOf(e.path);
        // Older than its file: nothing the file lacks, so not offered (历史版本 still lists it).
        if (autosaveIsNewer(e.savedAt, fileMtimeMs)) out.push({ ...e, fileMtimeMs });
      }
      return out;
    },

    'recovery.restore': async ({ key }) => openedFromAutosave(ctx, await recovery.read(key)),

    'history.list': async ({ path }) => listVersions(ctx, recovery, path),

    'history.open': async (input) => openVersion(ctx, recovery, input),

    'recovery.discard': async ({ key }) => {
      await recovery.discard(key);
      return {};
    },

    'export.docx': async ({ report, path, options, overwrite, ifUnchanged }) => {
      const withExt = extname(path) === '' ? `${path}.docx` : path;
      if (kindOf(withExt) !== 'docx') throw new ApiError('invalid-input', '导出文件的扩展名应为 .docx。');
      const target = await ctx.policy.forWrite(withExt);
      // Only another file is "already there"; a folder in the way fails the write below, and says so.
      // A file an earlier export wrote is replaced only while it holds those bytes: opened and saved in
      // Word since, it carries the clerk's or a reviewer's edits, which a silent export would lose.
      if (!overwrite && (await isFile(target)) && !(ifUnchanged && (await sha256Of(target)) === ifUnchanged))
        throw new ApiError(
          'conflict',
          ifUnchanged
            ? `文件 ${basename(target)} 在上次导出后已被修改。`
            : `文件 ${basename(target)} 已存在。`,
        );
      const { bytes, warnings } = await ctx.formats.exportDocx(report, templateFor(report), options);
      // an exported document is for others to read: the user's umask, or the mode of the file replaced
      await writeFileAtomic(target, bytes, { permissions: 'like-target' });
      ctx.policy.grant(target);
      return { path: target, bytes: bytes.byteLength, sha256: sha256Hex(bytes), warnings };
    },

    'comments.mergeFrom': async ({ report, path }) => {
      const real = await ctx.policy.forRead(path);
      const kind = kindOf(real);
      let incoming;
      let suggestions: Suggestion[];
      // Both branches open a regular file only, checked on the handle, within the one size limit.
      if (kind === 'gwdraft') {
        const copy = (await ctx.formats.loadDraft(real)).report;
        incoming = ctx.formats.threadsOfCopy(copy);
        suggestions = suggestionsOfCopy(copy);
      } else if (kind === 'docx')
        ({ threads: incoming, suggestions } = await ctx.formats.readDocxComments(
          await readInputFile(real),
          basename(real),
        ));
      else throw new ApiError('bad-file', '只能从 .docx 或 .gwdraft 文件合并审阅意见。');
      const merged = ctx.formats.mergeComments(report, incoming, kind === 'docx', templateOf(report));
      // Track changes / another copy's 修订 come along, placed by their quote (无法定位 ones kept, listed).
      const s = mergeSuggestions(merged.report, suggestions);
      return {
        report: s.report,
        added: merged.added,
        placed: merged.placed,
        detached: merged.detached,
        onMeta: merged.onMeta,
        suggestionsAdded: s.added,
        suggestionsUnplaced: s.unplaced,
        deletedSkipped: merged.deletedSkipped,
        revived: merged.revived,
        alreadyPresent: merged.alreadyPresent,
      };
    },

    'settings.get': async () => settings.get(),
    'settings.set': async (patch) => settings.set(patch),

    'shell.showInFolder': async ({ path }) => {
      const real = await ctx.policy.forRead(path);
      return { shown: ctx.showInFolder ? ctx.showInFolder(real) : false };
    },

    'window.setDirty': async ({ dirty }) => {
      ctx.onDirty?.(dirty);
      return {};
    },

    'window.print': async () =>
      ctx.print ? { native: true, printed: await ctx.print() } : { native: false, printed: false },
  };
}
