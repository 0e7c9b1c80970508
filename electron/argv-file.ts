/**
 * The document named on a command line (double-click, "Open with", a second launch): the first argument
 * that is not a flag and names a file type the app opens. Pure, so tests can feed argv shapes of
 * packaged and development launches.
 */
import { isAbsolute, resolve } from 'node:path';

const OPENABLE = /\.(gwdraft|txt|md|markdown|docx)$/i;

export function fileFromArgv(argv: readonly string[], cwd: string): string | null {
  // argv[0] is the executable; in development argv[1] is the app folder ("."), which never matches.
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (!OPENABLE.test(arg)) continue;
    return isAbsolute(arg) ? resolve(arg) : resolve(cwd, arg);
  }
  return null;
}

/** A dropped file arrives as a file:// navigation; its path, if it is a file type the app opens. */
export function fileFromDropUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'file:') return null;
  let p = decodeURIComponent(u.pathname);
  // file:///C:/x → C:/x on Windows
  if (/^\/[A-Za-z]:\//.test(p)) p = p.slice(1);
  // file://server/share/x → \\server\share\x (a Windows network share)
  else if (u.host !== '') p = `\\\\${u.host}${p.replaceAll('/', '\\')}`;
  return OPENABLE.test(p) ? p : null;
}
