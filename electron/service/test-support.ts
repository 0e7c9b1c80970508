/** Helpers for the service's tests: a temporary workspace and data folder, and a sample report. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReport } from '../../core/model/report-helpers';
import { paragraph, subHeading } from '../../core/model/content';
import type { Report } from '../../core/model/report';
import { findTemplate } from '../../templates/index';
import { defaultFormats, type Formats } from './formats';
import { WorkspacePolicy } from './path-policy';
import { createService, type Implementation } from './service';
import { handle, isApiMethod } from './dispatch';
import { API } from '../../core/api/contract';

export interface Sandbox {
  root: string;
  workspace: string;
  dataDir: string;
  impl: Implementation;
  call(method: string, input: unknown): Promise<unknown>;
  cleanup(): Promise<void>;
}

export async function sandbox(formats: Formats = defaultFormats): Promise<Sandbox> {
  const root = await mkdtemp(join(tmpdir(), 'gwdraft-svc-'));
  const workspace = join(root, 'workspace');
  const dataDir = join(root, 'data');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(workspace);
  await mkdir(dataDir);
  const impl = createService({
    kind: 'loopback',
    version: 'test',
    dataDir,
    workspace,
    policy: new WorkspacePolicy(workspace),
    formats,
    initialFile: null,
  });
  return {
    root,
    workspace,
    dataDir,
    impl,
    // Every answer must match the contract's output schema: the renderer relies on it unchecked.
    call: async (method, input) => {
      const out = await handle(impl, method, input);
      if (isApiMethod(method)) API[method].output.parse(out);
      return out;
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

/** A report with text in the preamble and the first section, like a clerk's first hour of work. */
export function sampleReport(text = '我局全年组织法治培训 12 次，参训 860 人次。'): Report {
  const t = findTemplate('zhanjiang-department');
  if (!t) throw new Error('template missing');
  const r = createReport(t, { org: '吴川市科工贸和信息化局', year: 2024 });
  r.preamble = [paragraph('2024 年，我局坚持以习近平法治思想为指导。现将有关情况报告如下：')];
  r.sections[0]!.blocks = [subHeading(2, '强化理论学习'), paragraph(text)];
  return r;
}
