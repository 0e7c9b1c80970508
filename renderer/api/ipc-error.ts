/**
 * Errors crossing Electron IPC lose their class: Electron rethrows a rejected `ipcMain.handle` as a plain
 * Error whose message reads "Error invoking remote method 'gwdraft:api': Error: {json}". The main process
 * puts `{code, message}` in that JSON; this turns it back into an ApiError so both transports fail alike.
 */
import { ApiError, ApiErrorSchema } from '../../core/api/contract';

export function unwrapIpcError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  const start = msg.indexOf('{"code":');
  if (start >= 0) {
    try {
      const parsed = ApiErrorSchema.safeParse(JSON.parse(msg.slice(start)));
      if (parsed.success) return new ApiError(parsed.data.code, parsed.data.message);
    } catch {
      // not our JSON: fall through
    }
  }
  return new ApiError('internal', `操作失败：${msg}`);
}
