/**
 * The renderer's one way to reach the service: `getApi()` returns the typed API over whichever
 * transport this page runs on — the Electron preload's `window.gwdraft`, or HTTP to the loopback host.
 * Both reject with ApiError (stable `code`, Chinese `message` ready to show).
 */
import {
  API_METHODS,
  ApiError,
  type GwdraftApi,
  type GwdraftBridge,
  type MenuCommand,
} from '../../core/api/contract';
import { createHttpApi } from './http';
import { unwrapIpcError } from './ipc-error';
import { readLoopbackToken } from './token';

export { ApiError } from '../../core/api/contract';
export type { GwdraftApi, MenuCommand, MenuCommandName } from '../../core/api/contract';

declare global {
  interface Window {
    /** Set by the Electron preload only. */
    gwdraft?: GwdraftBridge;
  }
}

let cached: GwdraftApi | null = null;

/** Which transport this page uses. */
export function hostTransport(): 'electron' | 'loopback' {
  return typeof window !== 'undefined' && window.gwdraft ? 'electron' : 'loopback';
}

function wrapBridge(bridge: GwdraftBridge): GwdraftApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, fn] of Object.entries(bridge)) {
    if (name === 'onMenuCommand' || typeof fn !== 'function') continue;
    const call = fn as (input: unknown) => Promise<unknown>;
    api[name] = async (input: unknown) => {
      try {
        return await call(input);
      } catch (e) {
        throw unwrapIpcError(e);
      }
    };
  }
  return api as GwdraftApi;
}

export function getApi(): GwdraftApi {
  if (cached) return cached;
  if (typeof window !== 'undefined' && window.gwdraft) {
    cached = wrapBridge(window.gwdraft);
    return cached;
  }
  const token = readLoopbackToken();
  if (!token) {
    // No token: every call fails with a clear message instead of a silent 403.
    const fail = () =>
      Promise.reject(
        new ApiError('forbidden', '缺少访问令牌：请使用 gwdraft serve 打印的完整地址打开本页。'),
      );
    // A plain object, not a Proxy: a Proxy answering every property (`then` too) could hang an `await`.
    cached = Object.fromEntries(API_METHODS.map((m) => [m, fail])) as unknown as GwdraftApi;
    return cached;
  }
  cached = createHttpApi({ token });
  return cached;
}

/**
 * Menu commands from the Electron menu. In the browser there is no native menu: this returns a no-op
 * unsubscribe and the renderer binds the same shortcuts itself.
 */
export function onMenuCommand(cb: (cmd: MenuCommand) => void): () => void {
  if (typeof window !== 'undefined' && window.gwdraft) return window.gwdraft.onMenuCommand(cb);
  return () => {};
}

/** For tests: forget the cached transport. */
export function resetApiForTests(): void {
  cached = null;
}
