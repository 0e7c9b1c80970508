import type { Command } from '../command';

/**
 * Every sub-command, in the order `gwdraft help` lists them. Each is loaded only when it runs, so a
 * quick `gwdraft templates` does not pay for the DOCX exporter, the HTTP host and their libraries.
 */
export interface CommandEntry {
  name: string;
  load: () => Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'templates', load: async () => (await import('./templates')).templatesCommand },
  { name: 'template', load: async () => (await import('./template')).templateCommand },
  { name: 'new', load: async () => (await import('./new')).newCommand },
  { name: 'import', load: async () => (await import('./import')).importCommand },
  { name: 'retemplate', load: async () => (await import('./retemplate')).retemplateCommand },
  { name: 'info', load: async () => (await import('./info')).infoCommand },
  { name: 'serve', load: async () => (await import('./serve')).serve },
  { name: 'comments', load: async () => (await import('./comments')).comments },
  { name: 'merge-comments', load: async () => (await import('./merge-comments')).mergeCommentsCommand },
  { name: 'check', load: async () => (await import('./check')).checkCommand },
  { name: 'export', load: async () => (await import('./export')).exportCommand },
];
