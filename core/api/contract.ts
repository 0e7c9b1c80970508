/**
 * The one typed contract between the renderer and the main-process service.
 * Both transports (Electron IPC through the preload, and the loopback HTTP host) carry exactly these
 * methods; the service validates every input with these schemas before acting, and the renderer
 * validates nothing it did not send. Adding a method means adding it here first.
 */
import { z } from 'zod';
import { ReportSchema } from '../model/report';
import { TemplateSchema } from '../templates/schema';
import { DEFAULT_EXPORT_OPTIONS, FONT_PROFILES } from './export-options';

export { DEFAULT_EXPORT_OPTIONS };

/** A SHA-256 digest in lower-case hex. */
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** A path the service accepts: a non-empty string without NUL. The service checks where it points. */
const FilePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'path contains NUL');

export const FontProfileSchema = z.enum(FONT_PROFILES);
export type FontProfile = z.infer<typeof FontProfileSchema>;

export const ExportOptionsSchema = z
  .object({
    fonts: FontProfileSchema,
    /** 版头 of a formal 报告 (red 发文机关标志, 发文字号, 签发人, red line). */
    header: z.boolean(),
    /** 版记 (抄送, 印发机关 and 印发日期). */
    footerBlock: z.boolean(),
    /** Write the comment threads as Word comments (review copy). Off for archive and publication. */
    comments: z.boolean(),
    /**
     * 全部接受后导出: a copy without comments is written from the text with every pending suggestion (修订)
     * accepted; without it such an export is refused while suggestions are pending.
     */
    acceptAll: z.boolean().optional(),
    /** 署名 and 成文日期 laid out for a seal (7.3.5.1) instead of without (7.3.5.2). */
    seal: z.boolean(),
    /** Level-3 headings (1.) in bold. */
    boldLevel3: z.boolean(),
    /** 签发人 for the 版头 of a 上行文. */
    signer: z.string().optional(),
    /** 抄送 organs for the 版记. */
    cc: z.array(z.string()).optional(),
    /** 印发机关 for the 版记 (default: the org). */
    printer: z.string().optional(),
    /** 印发日期 as YYYY-MM-DD (default: the 成文日期). */
    printDate: z.string().optional(),
    /**
     * The time written into the document's properties and zip entries, as YYYY-MM-DD or an ISO 8601
     * date-time (default: the 成文日期), so the same draft and options give the same bytes.
     */
    documentTime: z
      .string()
      .refine(
        (s) => /^\d{4}-\d{2}-\d{2}(T.*)?$/.test(s) && !Number.isNaN(Date.parse(s)),
        'YYYY-MM-DD or ISO 8601',
      )
      .optional(),
    /**
     * The writer's time zone, in minutes east of UTC (China: 480), for the comments of a review copy:
     * Word shows a comment's w:date as the wall-clock time it holds, so it is written in this zone
     * (marked Z, as Word writes it) and the true time beside it (commentsExtensible). The service and the
     * CLI fill in their machine's zone; exportDocx called alone takes 0.
     */
    commentZoneOffset: z.number().int().min(-840).max(840).optional(),
  })
  .strict();
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;

export const SettingsSchema = z
  .object({
    reviewerName: z.string().max(100),
    reviewerUnit: z.string().max(200),
    fonts: FontProfileSchema,
    /** Last-used export layout options, reused by one-click export (comments never: see 导出审阅稿). */
    exportOptions: ExportOptionsSchema,
    /** Review mode: comment without changing the text. */
    reviewMode: z.boolean(),
    /** The page's zoom in the editor (50–200 %); absent: 100 %, and settings files from before it. */
    zoom: z.number().min(0.5).max(2).optional(),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  reviewerName: '',
  reviewerUnit: '',
  fonts: 'gb2312',
  exportOptions: DEFAULT_EXPORT_OPTIONS,
  reviewMode: false,
};

const TemplateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  audience: z.string(),
  description: z.string(),
  /** shipped (read-only) or a user's (app data folder); absent = shipped. */
  origin: z.enum(['shipped', 'user']).optional(),
  /** Its sections' headings ({year} as written), for the 提纲管理 list. */
  headings: z.array(z.string()).optional(),
});

/** An earlier version of a file, opened as an unsaved copy: which file, and which version (Chinese). */
const CopyOfSchema = z.object({
  path: z.string(),
  source: z.enum(['bak', 'autosave']),
  /** When that version was written (ISO; the renderer shows it in the user's time zone). */
  savedAt: z.string(),
});
export type CopyOf = z.infer<typeof CopyOfSchema>;

const OpenedSchema = z.object({
  path: z.string().nullable(),
  report: ReportSchema,
  /** mtime of the file when read, passed back on save to detect changes made elsewhere. */
  mtimeMs: z.number().nullable(),
  /** Notes for the user, e.g. how an import mapped headings (Chinese). */
  notes: z.array(z.string()),
  /** Set when this is an earlier version of a file, opened beside it (path is then null). */
  copyOf: CopyOfSchema.optional(),
});

const RecoveryEntrySchema = z.object({
  key: z.string(),
  path: z.string().nullable(),
  title: z.string(),
  savedAt: z.string(),
  /** The file's mtime on disk now (null: no file, or it is gone), to show both times. */
  fileMtimeMs: z.number().nullable(),
});

/** One earlier version of a file: its .bak, or an autosave recorded for its path. */
const VersionSchema = z.object({
  source: z.enum(['bak', 'autosave']),
  /** The autosave's key (null for the .bak). */
  key: z.string().nullable(),
  /** When that version was written (ISO). */
  savedAt: z.string(),
  /** 字数 of the version, counted as the editor counts. */
  chars: z.number(),
  /** Newer than the file on disk (autosaves only: unsaved work the file does not have). */
  newer: z.boolean(),
});
export type VersionEntry = z.infer<typeof VersionSchema>;

const FileEntrySchema = z.object({
  path: z.string(),
  name: z.string(),
  kind: z.enum(['gwdraft', 'txt', 'md', 'docx']),
  size: z.number(),
  mtimeMs: z.number(),
});

const RecoveryKey = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/);

/** Every method: its input schema and its output schema. */
export const API = {
  'host.info': {
    input: z.object({}).strict(),
    output: z.object({
      kind: z.enum(['electron', 'loopback']),
      version: z.string(),
      /** Loopback: the workspace folder files are chosen from. Electron: null (native dialogs). */
      workspace: z.string().nullable(),
      /** A file to open at start (command line, double-click). */
      initialFile: z.string().nullable(),
    }),
  },
  'templates.list': { input: z.object({}).strict(), output: z.array(TemplateSummarySchema) },
  /** One template in full (shipped or the user's): 改用提纲 moves a draft onto it. */
  'templates.get': { input: z.object({ id: z.string().min(1).max(100) }).strict(), output: TemplateSchema },
  /** The outline of a 法治办's notice (.docx, .txt, .md) as a template, to confirm or correct before saving. */
  'templates.fromNotice': {
    input: z.object({ path: FilePath }).strict(),
    output: z.object({ template: TemplateSchema, year: z.number().nullable() }),
  },
  /** Keep a user template in the app data folder (a shipped template's id is refused). */
  'templates.save': { input: z.object({ template: TemplateSchema }).strict(), output: TemplateSummarySchema },
  /** Add a template file someone shared (.json). */
  'templates.import': { input: z.object({ path: FilePath }).strict(), output: TemplateSummarySchema },
  /** Write a template (user or shipped) to a .json file to share. */
  'templates.export': {
    input: z.object({ id: z.string().min(1).max(100), path: FilePath, overwrite: z.boolean() }).strict(),
    output: z.object({ path: z.string() }),
  },
  /** Remove a user template (shipped ones cannot be removed). */
  'templates.remove': { input: z.object({ id: z.string().min(1).max(100) }).strict(), output: z.object({}) },
  'file.new': {
    input: z
      .object({
        templateId: z.string().min(1),
        org: z.string().max(200),
        year: z.number().int().min(2000).max(2100),
      })
      .strict(),
    output: OpenedSchema,
  },
  /** Open a .gwdraft, or import a .txt/.md/.docx (the result then has no path until saved). */
  'file.open': { input: z.object({ path: FilePath }).strict(), output: OpenedSchema },
  /**
   * 新建 → 以去年报告为基础: last year's .gwdraft or .docx rolled over to the next year (as
   * `gwdraft import --next-year`): a new, unsaved report whose text is marked carried over.
   */
  'file.nextYear': { input: z.object({ path: FilePath }).strict(), output: OpenedSchema },
  /** Electron: a native open dialog; loopback: null (the renderer shows the workspace list instead). */
  'file.pickOpen': { input: z.object({}).strict(), output: z.object({ path: z.string().nullable() }) },
  /** Electron: a native save dialog; loopback: null. */
  'file.pickSave': {
    input: z
      .object({ suggestedName: z.string().max(255), kind: z.enum(['gwdraft', 'docx', 'json']) })
      .strict(),
    output: z.object({ path: z.string().nullable() }),
  },
  'file.list': { input: z.object({}).strict(), output: z.array(FileEntrySchema) },
  'file.save': {
    input: z
      .object({
        path: FilePath,
        report: ReportSchema,
        /** The mtime the renderer last read or wrote; null for a new file. */
        expectedMtimeMs: z.number().nullable(),
        /** Overwrite even if the file changed on disk. */
        force: z.boolean(),
      })
      .strict(),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('saved'), path: z.string(), mtimeMs: z.number() }),
      z.object({ status: z.literal('conflict'), path: z.string(), diskMtimeMs: z.number() }),
    ]),
  },
  'recent.list': {
    input: z.object({}).strict(),
    output: z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() })),
  },
  'autosave.write': {
    input: z.object({ key: RecoveryKey, path: FilePath.nullable(), report: ReportSchema }).strict(),
    output: z.object({ savedAt: z.string() }),
  },
  /**
   * Autosaves to offer at start: those of new documents, and those newer than their file on disk (an
   * autosave older than the file holds nothing the file lacks; it stays reachable in 历史版本).
   */
  'recovery.list': { input: z.object({}).strict(), output: z.array(RecoveryEntrySchema) },
  /**
   * An autosave opened for review. Of a file: as an unsaved copy beside it (path null, copyOf set), so
   * saving can never silently replace the file; of a new document: as that unsaved document.
   */
  'recovery.restore': { input: z.object({ key: RecoveryKey }).strict(), output: OpenedSchema },
  /** 历史版本: the file itself (mtime, 字数) and its .bak and autosaves, newest first. */
  'history.list': {
    input: z.object({ path: FilePath }).strict(),
    output: z.object({
      path: z.string(),
      mtimeMs: z.number().nullable(),
      chars: z.number().nullable(),
      versions: z.array(VersionSchema),
    }),
  },
  /** Open one version of PATH as an unsaved copy (path null, copyOf set): restoring is a separate step. */
  'history.open': {
    input: z.discriminatedUnion('source', [
      z.object({ source: z.literal('bak'), path: FilePath }).strict(),
      z.object({ source: z.literal('autosave'), path: FilePath, key: RecoveryKey }).strict(),
    ]),
    output: OpenedSchema,
  },
  /** Drop a recovery file: after a successful save, or when the user declines to restore. */
  'recovery.discard': { input: z.object({ key: RecoveryKey }).strict(), output: z.object({}) },
  'export.docx': {
    input: z
      .object({
        report: ReportSchema,
        path: FilePath,
        options: ExportOptionsSchema,
        overwrite: z.boolean(),
        /**
         * The SHA-256 of what an earlier export wrote there: replace the file without asking only while
         * it is still those bytes (opened and saved in Word or WPS since, it is a conflict).
         */
        ifUnchanged: Sha256.optional(),
      })
      .strict(),
    output: z.object({
      path: z.string(),
      bytes: z.number(),
      /** SHA-256 of the bytes written (hex): the ifUnchanged of the next export to that path. */
      sha256: Sha256,
      /** What the exporter dropped or changed (control characters …), in Chinese. */
      warnings: z.array(z.string()),
    }),
  },
  /** Merge the comment threads of a reviewer's copy (.docx returned from Word/WPS, or another .gwdraft). */
  'comments.mergeFrom': {
    input: z.object({ report: ReportSchema, path: FilePath }).strict(),
    output: z.object({
      report: ReportSchema,
      added: z.number(),
      placed: z.number(),
      detached: z.number(),
      /** Of the detached, those on the title, the 署名 or the 成文日期 (Word comments on those lines). */
      onMeta: z.number().optional(),
      /** Suggestions (修订, Word track changes) added, and of those kept as 无法定位. */
      suggestionsAdded: z.number().optional(),
      suggestionsUnplaced: z.number().optional(),
      /** Threads and replies deleted in the draft (report.deletedComments) that the copy still carries: left out. */
      deletedSkipped: z.number().optional(),
      /** Deleted threads back because the reviewer replied to them since. */
      revived: z.number().optional(),
      /** Comments already in the draft under another shape (WPS/LibreOffice lost the reply links): not added. */
      alreadyPresent: z.number().optional(),
    }),
  },
  'settings.get': { input: z.object({}).strict(), output: SettingsSchema },
  'settings.set': { input: SettingsSchema.partial().strict(), output: SettingsSchema },
  /** Electron: reveal the file in the system file manager. Loopback: returns false. */
  'shell.showInFolder': {
    input: z.object({ path: FilePath }).strict(),
    output: z.object({ shown: z.boolean() }),
  },
  /**
   * The renderer reports unsaved changes, so closing the Electron window can ask first.
   * Loopback: accepted and ignored (the page uses beforeunload itself).
   */
  'window.setDirty': { input: z.object({ dirty: z.boolean() }).strict(), output: z.object({}) },
  /**
   * 打印: Electron prints the window (the print preview's A4 pages, by the print CSS) through the
   * system's print dialog; loopback answers `native: false` and the page calls window.print() itself.
   */
  'window.print': {
    input: z.object({}).strict(),
    output: z.object({ native: z.boolean(), printed: z.boolean() }),
  },
} as const;

export type ApiMethod = keyof typeof API;
export type ApiInput<M extends ApiMethod> = z.input<(typeof API)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.infer<(typeof API)[M]['output']>;

/** What the renderer holds: one async function per method. */
export type GwdraftApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

/** Errors cross the transports as this shape; `message` is Chinese for the UI, `code` stable for tests. */
export const ApiErrorSchema = z.object({
  code: z.enum(['invalid-input', 'not-found', 'forbidden', 'bad-file', 'io', 'conflict', 'internal']),
  message: z.string(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorSchema>;

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorShape['code'],
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const API_METHODS = Object.keys(API) as ApiMethod[];

/**
 * Commands the Electron menu (and its accelerators) sends to the renderer. In the browser the renderer
 * binds the same shortcuts itself. `app.openPath` carries a file given on the command line, by a second
 * launch, by double-click or by drag-and-drop: the renderer opens it like a file picked in 打开.
 */
export const MENU_COMMANDS = [
  'file.new', // Ctrl+N
  'file.open', // Ctrl+O
  'file.save', // Ctrl+S
  'file.saveAs', // Ctrl+Shift+S
  'file.history', // 历史版本: the open file's .bak and autosaves
  'file.export', // Ctrl+E: the clean document, never with comments
  'file.exportReview', // 导出审阅稿: the copy with comments, "…（审阅稿）.docx"
  'edit.undo', // Ctrl+Z
  'edit.redo', // Ctrl+Y
  'edit.find', // Ctrl+F
  'edit.replace', // Ctrl+H
  'view.outline',
  'view.checklist',
  'view.zoomIn', // Ctrl+= (the page, 50–200 %)
  'view.zoomOut', // Ctrl+-
  'view.zoomReset',
  'file.print', // Ctrl+P
  'review.addComment',
  'review.mergeComments',
  'review.toggleReviewMode',
  'review.toggleSuggestMode', // Ctrl+Shift+E (修订)
  'help.about',
] as const;
export type MenuCommandName = (typeof MENU_COMMANDS)[number];

export const MenuCommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.enum(MENU_COMMANDS) }).strict(),
  z.object({ command: z.literal('app.openPath'), path: z.string().min(1) }).strict(),
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/** What the Electron preload exposes as `window.gwdraft`: the API plus the menu-command subscription. */
export type GwdraftBridge = GwdraftApi & {
  /** Subscribe to menu commands; returns the unsubscribe function. */
  onMenuCommand(cb: (cmd: MenuCommand) => void): () => void;
};
