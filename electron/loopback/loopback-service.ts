/** The service as the loopback host runs it: files confined to the workspace, no native dialogs. */
import { defaultFormats, type Formats } from '../service/formats';
import { WorkspacePolicy } from '../service/path-policy';
import { createService, type Implementation } from '../service/service';

export interface LoopbackServiceOptions {
  workspace: string;
  dataDir: string;
  version: string;
  formats?: Formats;
}

export function createLoopbackService(opts: LoopbackServiceOptions): Implementation {
  return createService({
    kind: 'loopback',
    version: opts.version,
    dataDir: opts.dataDir,
    workspace: opts.workspace,
    policy: new WorkspacePolicy(opts.workspace),
    formats: opts.formats ?? defaultFormats,
    initialFile: null,
  });
}
