/** Serving the built renderer (dist/renderer) without ever leaving that folder. */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { isInside } from '../service/path-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file for a URL path, or null. `/` and unknown extension-less paths give index.html (a single-page
 * app); anything resolving outside the root (encoded `..`, symlinks) gives null.
 */
export async function resolveStatic(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const realRoot = await realpath(root).catch(() => null);
  if (realRoot === null) return null;
  const rel = decoded.replace(/^\/+/, '');
  const candidate = resolve(realRoot, rel === '' ? 'index.html' : rel);
  if (!isInside(realRoot, candidate)) return null;
  const real = await realpath(candidate).catch(() => null);
  if (real !== null && isInside(realRoot, real) && (await stat(real)).isFile()) return real;
  if (extname(rel) === '') {
    const index = join(realRoot, 'index.html');
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }
  return null;
}

export async function readStatic(path: string): Promise<Buffer> {
  return readFile(path);
}
