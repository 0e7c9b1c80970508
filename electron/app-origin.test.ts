import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, isAppUrl, isTrustedSender } from './app-origin';

describe('IPC sender check', () => {
  const top = (url: string) => ({ url, parent: null });

  it("accepts the app's own main frame", () => {
    expect(isTrustedSender(top(APP_INDEX_URL))).toBe(true);
    expect(isTrustedSender(top('app://gwdraft/assets/x.html#y'))).toBe(true);
  });

  it('refuses frames that are not the app: other origins, look-alikes, sub-frames, destroyed frames', () => {
    for (const url of [
      'https://evil.example/',
      'http://127.0.0.1:8080/',
      'file:///home/u/report.html',
      'app://gwdraft.evil/index.html',
      'app://evil/index.html',
      'app://x@gwdraft/index.html',
      'devtools://devtools/bundled/inspector.html',
      'about:blank',
      'data:text/html,<script>1</script>',
      '',
      'not a url',
    ])
      expect(isTrustedSender(top(url)), url).toBe(false);
    expect(isTrustedSender({ url: APP_INDEX_URL, parent: {} })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('isAppUrl tolerates nothing but the app origin', () => {
    // Chromium reports the canonical lower-case form; anything else is not ours.
    expect(isAppUrl('app://GWDRAFT.evil/index.html')).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });
});
