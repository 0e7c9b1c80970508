/**
 * Which files the renderer may name. The renderer is treated as untrusted: every path it sends goes
 * through a policy before any I/O.
 * - Loopback (browser): only files inside the workspace folder — no `..`, no absolute path outside,
 *   no symlink leading out.
 * - Electron: only files the user picked in a native dialog, opened from the command line or the recent
 *   list, or dropped on the window (the main process grants them).
 */
import { realpath, lstat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ApiError } from '../../core/api/contract';

export interface PathPolicy {
  /** An existing file to read: returns its real absolute path, or throws ApiError('forbidden' | 'not-found'). */
  forRead(path: string): Promise<string>;
  /** A file to create or replace: returns the absolute path to write, or throws ApiError('forbidden'). */
  forWrite(path: string): Promise<string>;
  /** Record that the user chose this path (Electron dialogs, argv, drop). No-op for the workspace policy. */
  grant(path: string): void;
}

const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';

function norm(p: string): string {
  const r = resolve(p);
  return caseInsensitive ? r.toLowerCase() : r;
}

/** True when `child` is `root` itself or inside it (both absolute, already resolved). */
export function isInside(root: string, child: string): boolean {
  const rel = relative(norm(root), norm(child));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function hasDotDot(p: string): boolean {
  return p.split(/[\\/]+/).some((seg) => seg === '..');
}

function forbidden(message: string): ApiError {
  return new ApiError('forbidden', message);
}

async function realOrNull(p: string): Promise<string | null> {
  try {
    return await realpath(p);
  } catch {
    return null;
  }
}

export class WorkspacePolicy implements PathPolicy {
  private realRoot: string | null = null;

  constructor(readonly root: string) {}

  private async rootReal(): Promise<string> {
    this.realRoot ??= await realpath(this.root);
    return this.realRoot;
  }

  /** Resolve a relative or absolute path against the workspace, refusing anything that leaves it. */
  private async lexical(path: string): Promise<{ abs: string; root: string }> {
    if (hasDotDot(path)) throw forbidden('路径中不能包含“..”：只能使用工作文件夹中的文件。');
    const root = await this.rootReal();
    const abs = isAbsolute(path) ? resolve(path) : resolve(root, path);
    // An absolute path may name the workspace through its unresolved spelling; compare with both.
    if (!isInside(root, abs) && !isInside(resolve(this.root), abs))
      throw forbidden(`只能打开或保存工作文件夹（${this.root}）中的文件。`);
    return { abs, root };
  }

  async forRead(path: string): Promise<string> {
    const { abs, root } = await this.lexical(path);
    const real = await realOrNull(abs);
    if (real === null) throw new ApiError('not-found', `找不到文件：${basename(abs)}`);
    if (!isInside(root, real)) throw forbidden('该文件是指向工作文件夹以外的链接，已拒绝访问。');
    return real;
  }

  async forWrite(path: string): Promise<string> {
    const { abs, root } = await this.lexical(path);
    const parent = await realOrNull(dirname(abs));
    if (parent === null) throw new ApiError('not-found', `文件夹不存在：${dirname(abs)}`);
    if (!isInside(root, parent)) throw forbidden('该文件夹是指向工作文件夹以外的链接，已拒绝访问。');
    const target = join(parent, basename(abs));
    // An existing symlink at the target would let a rename replace it, but a write would follow it:
    // refuse links that lead out.
    try {
      const st = await lstat(target);
      if (st.isSymbolicLink()) {
        const real = await realOrNull(target);
        if (real === null || !isInside(root, real))
          throw forbidden('该文件是指向工作文件夹以外的链接，已拒绝访问。');
      }
    } catch (e) {
      if (e instanceof ApiError) throw e;
    }
    return target;
  }

  grant(): void {}
}

export class GrantPolicy implements PathPolicy {
  private readonly granted = new Set<string>();

  grant(path: string): void {
    if (isAbsolute(path)) this.granted.add(norm(path));
  }

  private check(path: string): string {
    if (!isAbsolute(path) || hasDotDot(path))
      throw forbidden('只能打开或保存通过“打开”“另存为”对话框选择的文件。');
    const abs = resolve(path);
    if (!this.granted.has(norm(abs))) throw forbidden('只能打开或保存通过“打开”“另存为”对话框选择的文件。');
    return abs;
  }

  async forRead(path: string): Promise<string> {
    const abs = this.check(path);
    // The user chose this very path; keep its spelling so a later save names the same grant.
    if ((await realOrNull(abs)) === null) throw new ApiError('not-found', `找不到文件：${basename(abs)}`);
    return abs;
  }

  async forWrite(path: string): Promise<string> {
    return this.check(path);
  }
}
