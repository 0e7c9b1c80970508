/**
 * Where the CLI's lines go: `process.stdout` / `process.stderr`, or, in a one-shot bundle entry that asks
 * for it (cli/export-main.ts), straight to file descriptors 1 and 2 with `fs.writeSync`.
 *
 * Why: Node makes `process.stdout` on first use, and what it makes depends on what fd 1 is — a
 * SyncWriteStream for a file or /dev/null, a tty.WriteStream for a terminal, a net.Socket for a pipe —
 * each loading modules that are not in Node's start-up snapshot (measured in fresh processes: ~1.5 ms of
 * CPU to /dev/null, 5–8 ms to a pipe). `gwdraft export` prints one or two short lines and exits, so
 * writing the bytes itself is all it needs. The bytes are the same (UTF-8 of the same text); a reader that
 * has gone away (EPIPE) ends the process with exit code 0 as guardPipes does for the streams; a full
 * non-blocking pipe (EAGAIN) is waited for.
 */
import { writeSync } from 'node:fs';

let direct = false;

/** From now on, writeOut and writeErr write to fds 1 and 2 themselves (for the rest of the process). */
export function useDirectStdio(): void {
  direct = true;
}

/** `text` to stdout. */
export function writeOut(text: string): void {
  if (direct) writeFd(1, text);
  else process.stdout.write(text);
}

/** `text` to stderr. */
export function writeErr(text: string): void {
  if (direct) writeFd(2, text);
  else process.stderr.write(text);
}

let pause: Int32Array | undefined;

function writeFd(fd: number, text: string): void {
  let bytes = Buffer.from(text, 'utf8');
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') process.exit(0);
      if (code !== 'EAGAIN') throw err;
      // a non-blocking pipe whose reader is behind: wait a millisecond and try again
      Atomics.wait((pause ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, 1);
    }
  }
}
