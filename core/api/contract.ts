/**
 * The one typed contract between the renderer and the main-process service.
 * Both transports (Electron IPC through the preload, and the loopback HTTP host) carry exactly these
 * methods; the service validates every input with these schemas before acting, and the renderer
 * validates nothing it did not send. Adding a method means adding it here first.
 */
import { z } from 'zod';
import { ReportSchema } from '../model/report';

/** A path the service accepts: a non-empty string without NUL. The service checks where it points. */
const FilePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'path contains NUL');

export const FontProfileSchema = z.enum(['gb2312', 'win10']);
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
  })
  .strict();
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  fonts: 'gb2312',
  header: false,
  footerBlock: false,
  comments: false,
  seal: false,
  boldLevel3: false,
};

export const SettingsSchema = z
  .object({
    reviewerName: z.string().max(100),
    reviewerUnit: z.string().max(200),
    fonts: FontProfileSchema,
    /** Last-used export options, reused by one-click export. */
    exportOptions: ExportOptionsSchema,
    /** Review mode: comment without changing the text. */
    reviewMode: z.boolean(),
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
});

const OpenedSchema = z.object({
  path: z.string().nullable(),
  report: ReportSchema,
  /** mtime of the file when read, passed back on save to detect changes made elsewhere. */
  mtimeMs: z.number().nullable(),
  /** Notes for the user, e.g. how an import mapped headings (Chinese). */
  notes: z.array(z.string()),
});

const RecoveryEntrySchema = z.object({
  key: z.string(),
  path: z.string().nullable(),
  title: z.string(),
  savedAt: z.string(),
});

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
  /** Electron: a native open dialog; loopback: null (the renderer shows the workspace list instead). */
  'file.pickOpen': { input: z.object({}).strict(), output: z.object({ path: z.string().nullable() }) },
  /** Electron: a native save dialog; loopback: null. */
  'file.pickSave': {
    input: z.object({ suggestedName: z.string().max(255), kind: z.enum(['gwdraft', 'docx']) }).strict(),
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
  'recovery.list': { input: z.object({}).strict(), output: z.array(RecoveryEntrySchema) },
  'recovery.restore': { input: z.object({ key: RecoveryKey }).strict(), output: OpenedSchema },
  /** Drop a recovery file: after a successful save, or when the user declines to restore. */
  'recovery.discard': { input: z.object({ key: RecoveryKey }).strict(), output: z.object({}) },
  'export.docx': {
    input: z
      .object({ report: ReportSchema, path: FilePath, options: ExportOptionsSchema, overwrite: z.boolean() })
      .strict(),
    output: z.object({
      path: z.string(),
      bytes: z.number(),
      /** What the exporter dropped or changed (control characters …), in Chinese. */
      warnings: z.array(z.string()),
    }),
  },
  /** Merge the comment threads of a reviewer's copy (.docx returned from Word/WPS, or another .gwdraft). */
  'comments.mergeFrom': {
    input: z.object({ report: ReportSchema, path: FilePath }).strict(),
    output: z.object({ report: ReportSchema, added: z.number(), placed: z.number(), detached: z.number() }),
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
  'file.export', // Ctrl+E
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
