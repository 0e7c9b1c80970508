import { request } from 'node:http';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../core/api/contract';
import { createHttpApi } from '../../renderer/api/http';
import { sampleReport } from '../service/test-support';
import { createLoopbackService } from './loopback-service';
import { startLoopbackHost, type LoopbackHost } from './server';

let root: string;
let host: LoopbackHost;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'gwdraft-host-'));
  const staticDir = join(root, 'static');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>公文起草助手</title>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'secret');
  await symlink(join(root, 'secret.txt'), join(staticDir, 'assets', 'leak.js'));
  await mkdir(join(root, 'ws'));
  await mkdir(join(root, 'data'));
  host = await startLoopbackHost({
    impl: createLoopbackService({ workspace: join(root, 'ws'), dataDir: join(root, 'data'), version: 't' }),
    staticDir,
    port: 0,
  });
});
afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so tests control every header (fetch would not let us forge Host). */
function raw(opts: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  hostname?: string;
}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname: opts.hostname ?? '127.0.0.1',
        port: host.port,
        path: opts.path,
        method: opts.method ?? 'GET',
        headers: opts.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

function api(method: string, headers: Record<string, string>, body = '{}') {
  return raw({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', Host: `127.0.0.1:${host.port}`, ...headers },
    body,
  });
}

describe('loopback host: who may call', () => {
  it('answers the right token with our Host', async () => {
    const r = await api('host.info', { 'X-Gwdraft-Token': host.token });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, result: { kind: 'loopback' } });
    const viaLocalhost = await api('host.info', {
      'X-Gwdraft-Token': host.token,
      Host: `localhost:${host.port}`,
    });
    expect(viaLocalhost.status).toBe(200);
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { 'X-Gwdraft-Token': 'wrong' }],
    ['a token of the right length but wrong', { 'X-Gwdraft-Token': 'x'.repeat(32) }],
    ['a foreign Host (DNS rebinding)', { 'X-Gwdraft-Token': 'TOKEN', Host: 'evil.example:PORT' }],
    ['a Host with another port', { 'X-Gwdraft-Token': 'TOKEN', Host: '127.0.0.1:1' }],
    ['a foreign Origin', { 'X-Gwdraft-Token': 'TOKEN', Origin: 'https://evil.example' }],
    ['a null Origin (sandboxed frame)', { 'X-Gwdraft-Token': 'TOKEN', Origin: 'null' }],
    ['a cross-site fetch', { 'X-Gwdraft-Token': 'TOKEN', 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses %s with 403', async (_name, hdrs: Record<string, string>) => {
    const headers = Object.fromEntries(
      Object.entries(hdrs).map(([k, v]) => [
        k,
        v.replace('TOKEN', host.token).replace('PORT', String(host.port)),
      ]),
    );
    const r = await api('templates.list', headers);
    expect(r.status).toBe(403);
    const body = JSON.parse(r.body) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('forbidden');
    expect(body.error.message).toMatch(/拒绝访问/);
    expect(r.body).not.toContain('zhanjiang');
  });

  it('refuses a foreign Host even for the static page', async () => {
    const r = await raw({ path: '/', headers: { Host: 'attacker.example' } });
    expect(r.status).toBe(403);
    expect(r.body).not.toContain('公文起草助手');
  });

  it('listens on 127.0.0.1 only', async () => {
    const addr = host.server.address();
    expect(addr).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    // Another local address of this machine, if there is one, gets no answer.
    const other = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (other) await expect(raw({ path: '/', hostname: other.address })).rejects.toThrow();
  });
});

describe('loopback host: what it serves', () => {
  it('serves the renderer with CSP and refuses to leave its folder', async () => {
    const page = await raw({ path: '/?token=abc', headers: { Host: `127.0.0.1:${host.port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('公文起草助手');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    const js = await raw({ path: '/assets/app.js', headers: { Host: `127.0.0.1:${host.port}` } });
    expect(js.headers['content-type']).toMatch(/javascript/);
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/assets/leak.js',
    ]) {
      const r = await raw({ path, headers: { Host: `127.0.0.1:${host.port}` } });
      expect(r.body, path).not.toContain('secret');
    }
  });

  it('rejects malformed bodies as invalid input, and unknown methods', async () => {
    const h = { 'X-Gwdraft-Token': host.token };
    const notJson = await api('file.open', h, '{"path":');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.code).toBe('invalid-input');
    const wrongShape = await api('file.open', h, '{"path":12}');
    expect(JSON.parse(wrongShape.body).error.code).toBe('invalid-input');
    const unknown = await api('fs.readAnything', h);
    expect(JSON.parse(unknown.body).error.code).toBe('invalid-input');
    const textPlain = await raw({
      method: 'POST',
      path: '/api/templates.list',
      headers: {
        'Content-Type': 'text/plain',
        Host: `127.0.0.1:${host.port}`,
        'X-Gwdraft-Token': host.token,
      },
      body: '{}',
    });
    expect(textPlain.status).toBe(400);
  });

  it('carries the whole API for the renderer client, errors included', async () => {
    const client = createHttpApi({ token: host.token, baseUrl: `http://127.0.0.1:${host.port}` });
    const report = sampleReport();
    const saved = await client['file.save']({
      path: '报告.gwdraft',
      report,
      expectedMtimeMs: null,
      force: false,
    });
    expect(saved.status).toBe('saved');
    const opened = await client['file.open']({ path: '报告.gwdraft' });
    expect(opened.report).toEqual(report);
    const err = await client['file.open']({ path: '../../etc/passwd' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('forbidden');
    const denied = createHttpApi({ token: 'nope', baseUrl: `http://127.0.0.1:${host.port}` });
    await expect(denied['templates.list']({})).rejects.toMatchObject({ code: 'forbidden' });
  });
});
