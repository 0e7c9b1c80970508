/**
 * The loopback transport: every contract method becomes `POST /api/<method>` with a JSON body and the
 * per-launch token in `X-Gwdraft-Token`. Errors come back as ApiError with the host's code and
 * Chinese message, so the UI handles both transports the same way.
 */
import {
  API_METHODS,
  ApiError,
  ApiErrorSchema,
  type ApiMethod,
  type GwdraftApi,
} from '../../core/api/contract';

export const TOKEN_HEADER = 'X-Gwdraft-Token';

export interface HttpTransportOptions {
  /** The per-launch secret the host printed in its URL. */
  token: string;
  /** Origin of the host; '' means the page's own origin (the normal case). */
  baseUrl?: string;
  /** Injected for tests and for Node callers; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
}

type Envelope = { ok: true; result: unknown } | { ok: false; error: unknown };

function isEnvelope(v: unknown): v is Envelope {
  return typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';
}

export async function callHttp(
  method: ApiMethod,
  input: unknown,
  opts: HttpTransportOptions,
): Promise<unknown> {
  const doFetch = opts.fetchImpl ?? fetch;
  let res: Response;
  try {
    res = await doFetch(`${opts.baseUrl ?? ''}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: opts.token },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    throw new ApiError('io', '无法连接本机服务，请确认 gwdraft serve 仍在运行。');
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ApiError('internal', `本机服务返回了无法识别的响应（HTTP ${res.status}）。`);
  }
  if (!isEnvelope(body))
    throw new ApiError('internal', `本机服务返回了无法识别的响应（HTTP ${res.status}）。`);
  if (body.ok) return body.result;
  const err = ApiErrorSchema.safeParse(body.error);
  if (err.success) throw new ApiError(err.data.code, err.data.message);
  throw new ApiError('internal', `本机服务出错（HTTP ${res.status}）。`);
}

/** One async function per contract method, all going over HTTP. */
export function createHttpApi(opts: HttpTransportOptions): GwdraftApi {
  const api: Partial<Record<ApiMethod, (input: unknown) => Promise<unknown>>> = {};
  for (const m of API_METHODS) api[m] = (input: unknown) => callHttp(m, input, opts);
  return api as GwdraftApi;
}
