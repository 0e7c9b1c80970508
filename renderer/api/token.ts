/**
 * The loopback host's per-launch token reaches the page in the URL (`?token=…`). It is kept in
 * sessionStorage so a reload still works, and removed from the address bar so it does not end up in
 * bookmarks, screenshots or history.
 */
const KEY = 'gwdraft.token';

export function readLoopbackToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      window.sessionStorage.setItem(KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token still works for this page load.
    }
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}
