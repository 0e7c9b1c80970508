/**
 * Every file the CLI reads (a .txt, .md or .docx to import, check or merge from; drafts go through the
 * same reader in electron/service/draft-file.ts): opened without blocking and checked with fstat on the
 * opened handle, so a named pipe, a device or a folder is refused at once instead of hanging.
 */
import { formatSize } from '../../core/draft/index';
import { FileReadError, readRegularFile, readRegularFileSync } from '../../electron/service/regular-file';
import { UserError } from '../command';

export async function readInput(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    return (await readRegularFile(path, maxBytes)).bytes;
  } catch (e) {
    readError(e, path, maxBytes);
  }
}

/** readInput with synchronous calls (see readRegularFileSync), for the one-shot commands: same bytes and errors. */
export function readInputSync(path: string, maxBytes: number): Uint8Array {
  try {
    return readRegularFileSync(path, maxBytes).bytes;
  } catch (e) {
    readError(e, path, maxBytes);
  }
}

function readError(e: unknown, path: string, maxBytes: number): never {
  if (e instanceof FileReadError && e.code === 'not-regular') {
    const [zh, en] = e.kind.split(' / ');
    throw new UserError(`不是普通文件：${path}（${zh}） / not a regular file: ${path} (${en})`);
  }
  if (e instanceof FileReadError)
    throw new UserError(
      `文件过大：${path}（${formatSize(e.size, maxBytes)} > ${formatSize(maxBytes, e.size)}） / file too large: ${path} (${formatSize(e.size, maxBytes)} > ${formatSize(maxBytes, e.size)})`,
    );
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') throw new UserError(`文件不存在：${path} / no such file: ${path}`);
  if (code === 'EISDIR') throw new UserError(`不是文件：${path} / not a file: ${path}`);
  throw new UserError(`无法读取 ${path} / cannot read ${path}: ${code ?? String(e)}`);
}
