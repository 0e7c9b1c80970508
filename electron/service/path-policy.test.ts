import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../core/api/contract';
import { GrantPolicy, isInside, WorkspacePolicy } from './path-policy';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gwdraft-policy-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function code(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'allowed',
    (e: unknown) => (e instanceof ApiError ? e.code : 'other'),
  );
}

describe('isInside', () => {
  it('is a path-segment check, not a string prefix', () => {
    expect(isInside('/a/ws', '/a/ws')).toBe(true);
    expect(isInside('/a/ws', '/a/ws/x/y')).toBe(true);
    expect(isInside('/a/ws', '/a/ws2/x')).toBe(false);
    expect(isInside('/a/ws', '/a')).toBe(false);
  });
});

describe('GrantPolicy (Electron)', () => {
  it('allows only what was granted, by absolute path', async () => {
    const picked = join(dir, 'picked.gwdraft');
    const other = join(dir, 'other.gwdraft');
    await writeFile(picked, '{}');
    await writeFile(other, '{}');
    const p = new GrantPolicy();
    expect(await code(p.forRead(picked))).toBe('forbidden');
    p.grant(picked);
    expect(await p.forRead(picked)).toBe(picked);
    expect(await p.forWrite(picked)).toBe(picked);
    expect(await code(p.forRead(other))).toBe('forbidden');
    expect(await code(p.forRead('picked.gwdraft'))).toBe('forbidden');
    expect(await code(p.forRead(`${dir}/x/../picked.gwdraft`))).toBe('forbidden');
    p.grant('relative.gwdraft');
    expect(await code(p.forWrite('relative.gwdraft'))).toBe('forbidden');
  });
});

describe('WorkspacePolicy', () => {
  it('refuses a workspace-name prefix look-alike', async () => {
    const p = new WorkspacePolicy(join(dir, 'ws'));
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, 'ws'));
    await mkdir(join(dir, 'ws-evil'));
    expect(await code(p.forWrite(join(dir, 'ws-evil', 'a.gwdraft')))).toBe('forbidden');
    expect(await code(p.forWrite(join(dir, 'ws', 'a.gwdraft')))).toBe('allowed');
  });
});
