/**
 * The loopback host's request checks, as pure functions so tests can state them directly.
 * A page on another site can make the browser send requests to 127.0.0.1; these checks make sure only
 * the page this host served (which got the token in its URL) gets answers.
 */
import { timingSafeEqual } from 'node:crypto';

export interface GuardRequest {
  host: string | undefined;
  origin: string | undefined;
  token: string | undefined;
  secFetchSite: string | undefined;
}

export type GuardResult = { ok: true } | { ok: false; reason: string };

/** Host must name this very listener: a DNS-rebinding page arrives with its own host name. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** Browsers send Origin on POST; when present it must be this host. Non-browser clients send none. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function tokenMatches(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function checkApiRequest(req: GuardRequest, port: number, token: string): GuardResult {
  if (!hostAllowed(req.host, port)) return { ok: false, reason: '拒绝访问：Host 头不是本机服务地址。' };
  if (!originAllowed(req.origin, port)) return { ok: false, reason: '拒绝访问：请求来自其他网页。' };
  if (req.secFetchSite !== undefined && req.secFetchSite !== 'same-origin' && req.secFetchSite !== 'none')
    return { ok: false, reason: '拒绝访问：请求来自其他网页。' };
  if (!tokenMatches(req.token, token)) return { ok: false, reason: '拒绝访问：缺少或错误的访问令牌。' };
  return { ok: true };
}
