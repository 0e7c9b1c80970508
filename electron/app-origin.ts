/**
 * The app's own origin. The renderer is served from app://gwdraft/ (a custom, standard, secure scheme),
 * never from file:// or http(s)://, so "is this the app?" is one string check on a parsed URL.
 * Pure: no Electron import, so tests can state the rule directly.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'gwdraft';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** True only for a URL on the app's own origin (not a look-alike such as app://gwdraft.evil/ or app://x@gwdraft). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}

/** What the IPC sender check looks at: the frame that sent the message. */
export interface SenderFrameLike {
  url: string;
  /** The top frame of the page; a sub-frame (iframe) never gets the API, even on the app's origin. */
  parent: unknown;
}

/**
 * An IPC message is honoured only from the app's own main frame. A frame that navigated elsewhere, an
 * iframe, or a destroyed frame (null) is refused.
 */
export function isTrustedSender(frame: SenderFrameLike | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
