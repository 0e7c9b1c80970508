/**
 * Reading a file the user named, safely: only a regular file is ever read. The file is opened with
 * O_NONBLOCK (so a FIFO cannot block `open` waiting for a writer, which would also pin one of libuv's few
 * fs threads), then checked with fstat on the opened handle (no race between a stat and the open: what is
 * checked is what is read). A FIFO, a socket, a device or a folder is refused with `not-regular`; a file
 * over `maxBytes` with `too-large` carrying its real size, before anything is read.
 * Used by the draft loader, the service's imports and comment merges, and every CLI input.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

export class FileReadError extends Error {
  constructor(
    readonly code: 'not-regular' | 'too-large',
    readonly size: number,
    /** For not-regular: what it is instead, "中文 / English". */
    readonly kind = '',
  ) {
    super(code === 'not-regular' ? `不是普通文件 / not a regular file: ${kind}` : `too large: ${size} bytes`);
    this.name = 'FileReadError';
  }
}

/** O_NONBLOCK is POSIX; on Windows named pipes are not files a path can name, and flags are ignored. */
const READ_FLAGS = constants.O_RDONLY | (process.platform === 'win32' ? 0 : constants.O_NONBLOCK);

/** What kind of non-regular file this is, for messages. */
export function kindOfSpecial(st: Stats): string {
  if (st.isDirectory()) return '文件夹 / a folder';
  if (st.isFIFO()) return '命名管道 / a named pipe (FIFO)';
  if (st.isSocket()) return '套接字 / a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return '设备 / a device';
  return '特殊文件 / a special file';
}

/** Only a regular file of at most `maxBytes` is read: what the opened handle's fstat says. */
function admit(st: Stats, maxBytes: number): void {
  if (!st.isFile()) throw new FileReadError('not-regular', st.size, kindOfSpecial(st));
  if (st.size > maxBytes) throw new FileReadError('too-large', st.size);
}

export interface RegularFile {
  bytes: Uint8Array;
  mtimeMs: number;
  size: number;
}

/**
 * The bytes of a regular file of at most `maxBytes`. Errors: FileReadError (not-regular, too-large)
 * or the fs error (ENOENT, EACCES, EISDIR …).
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<RegularFile> {
  const fh = await open(path, READ_FLAGS);
  try {
    const st = await fh.stat();
    admit(st, maxBytes);
    // One byte more than the size: a file that grew since the fstat is noticed, never read past the cap.
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await fh.read(buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    if (got > maxBytes) throw new FileReadError('too-large', got);
    return { bytes: buf.subarray(0, got), mtimeMs: st.mtimeMs, size: got };
  } finally {
    await fh.close();
  }
}

/**
 * readRegularFile with synchronous calls, for the one-shot CLI (`gwdraft check` reads its drafts one
 * after the other): the same opening, checks, errors and bytes, without a round trip through libuv's
 * thread pool per call (each waits for the scheduler on a busy machine) and without loading
 * node:fs/promises.
 */
export function readRegularFileSync(path: string, maxBytes: number): RegularFile {
  const fd = openSync(path, READ_FLAGS);
  try {
    const st = fstatSync(fd);
    admit(st, maxBytes);
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let got = 0;
    while (got < buf.length) {
      const bytesRead = readSync(fd, buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    if (got > maxBytes) throw new FileReadError('too-large', got);
    return { bytes: buf.subarray(0, got), mtimeMs: st.mtimeMs, size: got };
  } finally {
    closeSync(fd);
  }
}

/** fstat of the opened path without reading it (a regular-file check for callers that read later). */
export async function statRegularFile(path: string): Promise<Stats> {
  const fh = await open(path, READ_FLAGS);
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new FileReadError('not-regular', st.size, kindOfSpecial(st));
    return st;
  } finally {
    await fh.close();
  }
}
