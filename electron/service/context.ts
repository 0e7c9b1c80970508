/** What a host (Electron main, the loopback server, tests) hands the service. */
import type { PathPolicy } from './path-policy';
import type { Formats } from './formats';

export interface ServiceContext {
  kind: 'electron' | 'loopback';
  version: string;
  /** App data folder: settings, recent files, recovery. */
  dataDir: string;
  /** Loopback: the workspace folder; Electron: null. */
  workspace: string | null;
  policy: PathPolicy;
  formats: Formats;
  initialFile: string | null;
  /** Electron only: native dialogs. They return an absolute path the policy has granted, or null. */
  pickOpen?: () => Promise<string | null>;
  pickSave?: (suggestedName: string, kind: 'gwdraft' | 'docx' | 'json') => Promise<string | null>;
  showInFolder?: (path: string) => boolean;
  onDirty?: (dirty: boolean) => void;
  /** Electron only: print the window through the system dialog; resolves whether it was printed. */
  print?: () => Promise<boolean>;
}
