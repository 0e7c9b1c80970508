/**
 * The loopback host: the same service as Electron's main process, over HTTP on 127.0.0.1 only, serving
 * the built renderer. API calls are `POST /api/<method>` with a JSON body and the per-launch token in
 * `X-Gwdraft-Token`; answers are `{ok:true,result}` or `{ok:false,error:{code,message}}`.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, type ApiErrorShape } from '../../core/api/contract';
import { handle } from '../service/dispatch';
import type { Implementation } from '../service/service';
import { checkApiRequest, hostAllowed } from './guards';
import { SECURITY_HEADERS } from './csp';
import { contentType, readStatic, resolveStatic } from './static-files';

export const TOKEN_HEADER = 'x-gwdraft-token';
/** A report is well under 1 MiB; 32 MiB leaves room for pasted text and a 20 MiB import limit. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface LoopbackOptions {
  impl: Implementation;
  /** The built renderer; null or missing index.html serves a page saying how to build it. */
  staticDir: string | null;
  /** 0 picks a free port. */
  port: number;
  /** Fixed token for tests; default random per launch. */
  token?: string;
}

export interface LoopbackHost {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

const STATUS: Record<ApiErrorShape['code'], number> = {
  'invalid-input': 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'bad-file': 422,
  io: 500,
  internal: 500,
};

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function sendError(res: ServerResponse, err: ApiError) {
  sendJson(res, STATUS[err.code], { ok: false, error: { code: err.code, message: err.message } });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ApiError('invalid-input', '请求内容过大。');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const NOT_BUILT_PAGE = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>公文起草助手</title>
<body style="font-family:sans-serif;padding:2em"><h1>界面尚未构建</h1>
<p>请在项目目录运行 <code>npm run build:renderer</code>，然后重新启动 <code>gwdraft serve</code>。</p></body></html>`;

export function startLoopbackHost(opts: LoopbackOptions): Promise<LoopbackHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  let port = opts.port;

  async function onApi(req: IncomingMessage, res: ServerResponse, method: string) {
    const guard = checkApiRequest(
      {
        host: header(req, 'host'),
        origin: header(req, 'origin'),
        token: header(req, TOKEN_HEADER),
        secFetchSite: header(req, 'sec-fetch-site'),
      },
      port,
      token,
    );
    if (!guard.ok) return sendError(res, new ApiError('forbidden', guard.reason));
    if (req.method !== 'POST') return sendError(res, new ApiError('invalid-input', '接口只接受 POST 请求。'));
    const ctype = header(req, 'content-type') ?? '';
    if (!/^application\/json\b/i.test(ctype))
      return sendError(res, new ApiError('invalid-input', '请求内容类型应为 application/json。'));
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch (e) {
      return sendError(
        res,
        e instanceof ApiError ? e : new ApiError('invalid-input', '请求内容不是有效的 JSON。'),
      );
    }
    try {
      const result = await handle(opts.impl, method, input);
      sendJson(res, 200, { ok: true, result });
    } catch (e) {
      sendError(res, e instanceof ApiError ? e : new ApiError('internal', '内部错误。'));
    }
  }

  async function onStatic(req: IncomingMessage, res: ServerResponse, pathname: string) {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, '', 'text/plain', { Allow: 'GET, HEAD' });
    const file = opts.staticDir ? await resolveStatic(opts.staticDir, pathname) : null;
    if (file === null) {
      if (pathname === '/' || pathname === '/index.html')
        return send(res, 200, NOT_BUILT_PAGE, 'text/html; charset=utf-8');
      return send(res, 404, '未找到', 'text/plain; charset=utf-8');
    }
    const body = await readStatic(file);
    send(res, 200, req.method === 'HEAD' ? '' : body, contentType(file), {
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
    });
  }

  const server = createServer((req, res) => {
    // Every response, static or API, requires our own Host: this is what defeats DNS rebinding.
    if (!hostAllowed(header(req, 'host'), port))
      return sendError(res, new ApiError('forbidden', '拒绝访问：Host 头不是本机服务地址。'));
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      return send(res, 400, '', 'text/plain');
    }
    const api = /^\/api\/([A-Za-z.]+)$/.exec(pathname);
    const work = api
      ? onApi(req, res, api[1]!)
      : pathname.startsWith('/api/')
        ? Promise.resolve(sendError(res, new ApiError('invalid-input', '未知的操作。')))
        : onStatic(req, res, pathname);
    work.catch(() => {
      if (!res.headersSent) sendError(res, new ApiError('internal', '内部错误。'));
      else res.destroy();
    });
  });

  return new Promise((resolveHost, reject) => {
    server.once('error', reject);
    // 127.0.0.1 only: never 0.0.0.0 or ::, so nothing on the network can reach it.
    server.listen(opts.port, '127.0.0.1', () => {
      server.off('error', reject);
      port = (server.address() as AddressInfo).port;
      resolveHost({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
