/** Messages for the user: errors go to the alert region (role="alert"), the rest to a status line. */
import { ApiError } from '../../core/api/contract';

/** A button on a notice (另存为, 恢复 …). */
export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
  actions?: NoticeAction[];
}

let seq = 0;
export function notice(kind: Notice['kind'], text: string, actions?: Notice['actions']): Notice {
  return { id: ++seq, kind, text, ...(actions ? { actions } : {}) };
}

/** An error from the API (Chinese message) or anything else, as one Chinese line. */
export function describeError(e: unknown, doing: string): string {
  if (e instanceof ApiError) return `${doing}失败：${e.message}`;
  const msg = e instanceof Error ? e.message : String(e);
  return `${doing}失败：${msg}`;
}
