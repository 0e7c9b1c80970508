/**
 * Why a draft file cannot be read or written. `code` is stable (tests and the service map on it);
 * `message` names the file and the problem in Chinese and English, ready for the UI and the CLI.
 */
export const DRAFT_ERROR_CODES = [
  'not-found',
  'io',
  'too-large',
  'empty',
  'not-utf8',
  'invalid-json',
  'truncated',
  'wrong-shape',
  'newer-version',
  'unknown-template',
  'invalid-report',
  'too-large-to-save',
] as const;
export type DraftErrorCode = (typeof DRAFT_ERROR_CODES)[number];

const WHAT: Record<DraftErrorCode, { zh: string; en: string }> = {
  'not-found': { zh: '文件不存在', en: 'the file does not exist' },
  io: { zh: '读写文件失败', en: 'the file could not be read or written' },
  'too-large': { zh: '文件过大', en: 'the file is too large' },
  empty: { zh: '文件是空的', en: 'the file is empty' },
  'not-utf8': { zh: '文件不是 UTF-8 编码的草稿', en: 'the file is not UTF-8 text' },
  'invalid-json': { zh: '文件已损坏，或不是本软件保存的草稿', en: 'the file is not valid JSON' },
  truncated: { zh: '文件不完整，可能在保存时被中断', en: 'the file is truncated' },
  'wrong-shape': { zh: '文件结构不符合草稿格式', en: 'the file does not have the shape of a draft' },
  'newer-version': {
    zh: '文件由更新版本的软件保存，请升级后再打开',
    en: 'the file was saved by a newer version of gwdraft',
  },
  'unknown-template': { zh: '文件使用的提纲模板不存在', en: 'the file uses an unknown template' },
  'invalid-report': { zh: '报告内容无效，未保存', en: 'the report is invalid and was not saved' },
  'too-large-to-save': {
    zh: '报告过大，保存后将超过草稿文件的大小上限而无法再打开，未保存',
    en: 'the report is too large: the file would exceed the draft size limit and could not be opened again, so it was not saved',
  },
};

export class DraftError extends Error {
  constructor(
    readonly code: DraftErrorCode,
    readonly fileName: string,
    /** Specifics (a JSON path, a version number); plain ASCII or Chinese, no stack. */
    readonly detail: string = '',
    /** Specifics for the English half only (a parser's English message), when they differ. */
    detailEn: string = detail,
  ) {
    const what = WHAT[code];
    const tail = detail ? `（${detail}）` : '';
    const tailEn = detailEn ? ` (${detailEn})` : '';
    super(`草稿文件“${fileName}”：${what.zh}${tail} / draft file "${fileName}": ${what.en}${tailEn}`);
    this.name = 'DraftError';
  }
}

export function isDraftError(e: unknown): e is DraftError {
  return e instanceof DraftError;
}
