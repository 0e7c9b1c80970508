/**
 * The implementation of every contract method. Inputs arrive already validated by the dispatcher
 * (dispatch.ts); every path goes through the context's PathPolicy before any I/O.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { ApiError, type API, type ApiMethod, type ApiOutput } from '../../core/api/contract';
import { createReport, resolvedTitle } from '../../core/model/report-helpers';
import type { Report } from '../../core/model/report';
import { findTemplate, shippedTemplates } from '../../templates/index';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write';
import type { ServiceContext } from './context';
import { kindOf, MAX_FILE_BYTES, openDocument, saveDocument } from './documents';
import { RecentStore } from './recent-store';
import { RecoveryStore } from './recovery-store';
import { SettingsStore } from './settings-store';
import { listWorkspace } from './workspace-list';

/** A method's implementation receives the parsed (output) type of its input schema. */
export type Implementation = {
  [M in ApiMethod]: (input: z.output<(typeof API)[M]['input']>) => Promise<ApiOutput<M>>;
};

function titleOf(report: Report): string {
  return resolvedTitle(report, findTemplate(report.templateId));
}

function templateFor(report: Report) {
  const t = findTemplate(report.templateId);
  if (!t) throw new ApiError('bad-file', `找不到报告使用的模板“${report.templateId}”。`);
  return t;
}

export function createService(ctx: ServiceContext): Implementation {
  const settings = new SettingsStore(ctx.dataDir);
  const recent = new RecentStore(ctx.dataDir);
  const recovery = new RecoveryStore(join(ctx.dataDir, 'recovery'));

  return {
    'host.info': async () => ({
      kind: ctx.kind,
      version: ctx.version,
      workspace: ctx.workspace,
      initialFile: ctx.initialFile,
    }),

    'templates.list': async () =>
      shippedTemplates().map((t) => ({
        id: t.id,
        name: t.name,
        audience: t.audience,
        description: t.description,
      })),

    'file.new': async ({ templateId, org, year }) => {
      const t = findTemplate(templateId);
      if (!t) throw new ApiError('not-found', `没有编号为“${templateId}”的模板。`);
      return { path: null, report: createReport(t, { org, year }), mtimeMs: null, notes: [] };
    },

    'file.open': async ({ path }) => {
      const opened = await openDocument(ctx, path);
      if (opened.path !== null) await recent.add(opened.path, titleOf(opened.report)).catch(() => {});
      return opened;
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

    'recovery.list': async () => recovery.list(),

    'recovery.restore': async ({ key }) => {
      const f = await recovery.read(key);
      let mtimeMs: number | null = null;
      if (f.path !== null) {
        ctx.policy.grant(f.path);
        mtimeMs = await stat(f.path).then(
          (s) => s.mtimeMs,
          () => null,
        );
      }
      return {
        path: f.path,
        report: f.report,
        mtimeMs,
        notes: [`已恢复 ${new Date(f.savedAt).toLocaleString('zh-CN')} 自动保存的内容，请检查后保存。`],
      };
    },

    'recovery.discard': async ({ key }) => {
      await recovery.discard(key);
      return {};
    },

    'export.docx': async ({ report, path, options, overwrite }) => {
      const withExt = extname(path) === '' ? `${path}.docx` : path;
      if (kindOf(withExt) !== 'docx') throw new ApiError('invalid-input', '导出文件的扩展名应为 .docx。');
      const target = await ctx.policy.forWrite(withExt);
      if (
        !overwrite &&
        (await stat(target).then(
          () => true,
          () => false,
        ))
      )
        throw new ApiError('conflict', `文件 ${basename(target)} 已存在。`);
      const { bytes, warnings } = await ctx.formats.exportDocx(report, templateFor(report), options);
      await writeFileAtomic(target, bytes);
      ctx.policy.grant(target);
      return { path: target, bytes: bytes.byteLength, warnings };
    },

    'comments.mergeFrom': async ({ report, path }) => {
      const real = await ctx.policy.forRead(path);
      const kind = kindOf(real);
      const st = await stat(real);
      if (st.size > MAX_FILE_BYTES) throw new ApiError('bad-file', '文件过大，最大支持 20 MB。');
      let incoming;
      if (kind === 'gwdraft')
        incoming = ctx.formats.threadsOfCopy((await ctx.formats.loadDraft(real)).report);
      else if (kind === 'docx')
        incoming = await ctx.formats.readDocxComments(new Uint8Array(await readFile(real)), basename(real));
      else throw new ApiError('bad-file', '只能从 .docx 或 .gwdraft 文件合并审阅意见。');
      const merged = ctx.formats.mergeComments(report, incoming, kind === 'docx');
      return { report: merged.report, added: merged.added, placed: merged.placed, detached: merged.detached };
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
