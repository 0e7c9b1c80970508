/**
 * The preload: exposes exactly the typed API as `window.gwdraft` — one function per contract method,
 * plus `onMenuCommand` — and nothing else (no ipcRenderer, no Node). Runs sandboxed.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHODS, MenuCommandSchema, type GwdraftBridge, type MenuCommand } from '../core/api/contract';
import { IPC_API, IPC_MENU } from './ipc-channels';

const bridge: Record<string, unknown> = {};
for (const method of API_METHODS) {
  // Only the method name and the caller's plain data cross; main validates both.
  bridge[method] = (input: unknown) => ipcRenderer.invoke(IPC_API, method, input);
}
bridge.onMenuCommand = (cb: (cmd: MenuCommand) => void) => {
  const listener = (_event: IpcRendererEvent, raw: unknown) => {
    const parsed = MenuCommandSchema.safeParse(raw);
    if (parsed.success) cb(parsed.data);
  };
  ipcRenderer.on(IPC_MENU, listener);
  return () => {
    ipcRenderer.removeListener(IPC_MENU, listener);
  };
};

contextBridge.exposeInMainWorld('gwdraft', bridge as GwdraftBridge);
