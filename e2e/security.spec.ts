import { expect, foreignRequests, MODE, newReport, sectionBox, test } from './fixtures';

test.describe('loopback host security', () => {
  test.skip(MODE !== 'chromium', 'the loopback host exists only in the browser mode');

  test('API requests without the token, or with a wrong one, are refused', async ({ app }) => {
    const host = app.host!.current!;
    const statuses = await app.page.evaluate(async (token) => {
      const call = (headers: Record<string, string>) =>
        fetch('/api/templates.list', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: '{}',
        }).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as { ok: boolean; error?: { code: string } },
        }));
      return {
        none: await call({}),
        wrong: await call({ 'X-Gwdraft-Token': 'not-the-token' }),
        right: await call({ 'X-Gwdraft-Token': token }),
      };
    }, host.token);
    expect(statuses.none.status).toBe(403);
    expect(statuses.none.body.error?.code).toBe('forbidden');
    expect(statuses.wrong.status).toBe(403);
    expect(statuses.right.status).toBe(200);
  });

  test('a page opened without the token says how to open it, and gets nothing', async ({
    app,
    chromiumBrowser,
  }) => {
    const host = app.host!.current!;
    // A fresh context: no token in the URL and none kept in sessionStorage.
    const context = await chromiumBrowser!.newContext();
    const page = await context.newPage();
    const seen: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/api/')) seen.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(host.origin + '/');
    await expect(page.getByRole('alert').filter({ hasText: '缺少访问令牌' }).first()).toBeVisible();
    expect(seen).toEqual([]); // it did not even try: nothing to refuse
    await context.close();
  });

  test('the page is served with a CSP: no inline script, no eval, no foreign connection', async ({ app }) => {
    const host = app.host!.current!;
    const res = await app.page.request.get(host.origin + '/');
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval/);
    // An injected inline script does not run. (eval cannot be probed from here: Playwright's evaluate is
    // privileged and bypasses the page's CSP; the header above has no 'unsafe-eval', so page scripts cannot.)
    const inline = await app.page.evaluate(async () => {
      const w = window as unknown as { injected?: boolean };
      const el = document.createElement('script');
      el.textContent = 'window.injected = true';
      document.body.appendChild(el);
      await new Promise((r) => setTimeout(r, 50));
      return w.injected === true ? 'ran' : 'blocked';
    });
    expect(inline).toBe('blocked');
    // A script in the page cannot reach another site, even one on this machine.
    const blocked = await app.page.evaluate(() =>
      fetch('http://localhost:9/x').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(blocked).toBe('blocked');
  });
});

test('using the app makes no request outside the app itself', async ({ app }) => {
  const { page } = app;
  await newReport(page, '吴川市卫生健康局');
  await sectionBox(page, '一、').click();
  await page.keyboard.insertText('坚持每月集体学法。');
  await app.saveAs('网络检查');
  await page
    .getByRole('tab', { name: '检查清单' })
    .click()
    .catch(() => {});
  await page.reload();
  expect(app.requests.length).toBeGreaterThan(3);
  // (The fixture checks this after every test too; this spec exercises the most screens.)
  expect(foreignRequests(app)).toEqual([]);
});
