/**
 * The single entry both transports use: look up the method, validate the raw input with the contract's
 * schema (nothing half-applied: a malformed request does no I/O at all), run it, and turn every failure
 * into an ApiError with a stable code and a Chinese message.
 */
import { API, ApiError, type ApiMethod } from '../../core/api/contract';
import { forbiddenKeyPath } from '../../core/model/forbidden-keys';
import type { Implementation } from './service';

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(API, name);
}

/** Node's fs error codes, as messages a clerk can act on. */
function fromNodeError(e: NodeJS.ErrnoException): ApiError | null {
  switch (e.code) {
    case 'ENOENT':
      return new ApiError('not-found', '找不到该文件或文件夹。');
    case 'EACCES':
    case 'EPERM':
      return new ApiError('io', '没有权限读写该文件，请检查文件是否只读或被其他程序占用。');
    case 'EBUSY':
      return new ApiError('io', '文件正被其他程序占用（例如 Word 或 WPS），请关闭后重试。');
    case 'ENOSPC':
      return new ApiError('io', '磁盘空间不足，未能写入。');
    case 'EISDIR':
      return new ApiError('bad-file', '这是一个文件夹，不是文件。');
    case 'EROFS':
      return new ApiError('io', '该位置是只读的，请换一个位置保存。');
    default:
      return null;
  }
}

export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string') {
    const mapped = fromNodeError(e as NodeJS.ErrnoException);
    if (mapped) return mapped;
  }
  // Format errors from the draft loader and importers carry a user-facing message already.
  if (
    e instanceof Error &&
    /^(DraftError|ImportError|TextDecodeError|DocxImportError|TemplateError)$/.test(e.name)
  )
    return new ApiError('bad-file', e.message);
  const detail = e instanceof Error ? e.message : String(e);
  return new ApiError('internal', `内部错误：${detail}`);
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return '';
  const where = first.path.length ? first.path.map(String).join('.') : '（整体）';
  return `${where}：${first.message}`;
}

export async function handle(impl: Implementation, method: string, rawInput: unknown): Promise<unknown> {
  if (!isApiMethod(method)) throw new ApiError('invalid-input', `未知的操作：${method.slice(0, 60)}`);
  const forbidden = forbiddenKeyPath(rawInput);
  if (forbidden) throw new ApiError('invalid-input', `请求参数无效（${method}）：${forbidden}：不允许的字段`);
  const parsed = API[method].input.safeParse(rawInput);
  if (!parsed.success)
    throw new ApiError('invalid-input', `请求参数无效（${method}）：${describeIssues(parsed.error.issues)}`);
  try {
    const fn = impl[method] as (input: unknown) => Promise<unknown>;
    return await fn(parsed.data);
  } catch (e) {
    throw toApiError(e);
  }
}
