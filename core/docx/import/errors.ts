/**
 * Every way a DOCX can be refused, with a stable code for tests and callers and a one-line
 * "中文 / English" message for the CLI and the UI.
 */
export type DocxImportErrorCode =
  | 'empty'
  | 'truncated'
  | 'not-zip'
  | 'not-word'
  | 'web-page'
  | 'rtf'
  | 'pdf'
  | 'old-word'
  | 'corrupt'
  | 'overlapping'
  | 'too-large'
  | 'too-many-entries'
  | 'bomb'
  | 'dtd'
  | 'bad-xml'
  | 'not-docx'
  | 'timeout';

const MESSAGES: Record<DocxImportErrorCode, string> = {
  empty:
    '文件是空的（0 字节），没有可导入的内容：请找到原文件重新保存或重新下载 / the file is empty (0 bytes): save or download the original again',
  // A zip whose end (the central directory) is missing: a download or copy that stopped part-way.
  truncated:
    'DOCX 文件不完整（末尾缺失），可能下载或复制未完成：请重新下载或复制原文件 / the DOCX file is incomplete (its end is missing), probably a download or copy that did not finish: fetch the original again',
  'web-page':
    '这是网页（HTML 或 MHT）格式的文件，只是扩展名为 .docx（网站或 OA 系统“下载为 Word”常见这种文件）：请在 Word 或 WPS 中打开并“另存为” .docx / an HTML or MHT web page named .docx (as websites and OA systems export “Word” files): open it in Word or WPS and save it as .docx',
  rtf: '这是 RTF 文件，只是扩展名为 .docx：请在 Word 或 WPS 中打开并“另存为” .docx / an RTF file named .docx: open it in Word or WPS and save it as .docx',
  pdf: '这是 PDF 文件，只是扩展名为 .docx：请先用 WPS 或 Word 转为 .docx，或复制全文另存为 .txt / a PDF named .docx: convert it to .docx in WPS or Word, or copy its text into a .txt file',
  // Another Office or OpenDocument package given a .docx name.
  'not-word': '不是 Word 文档 / not a Word document',
  'not-zip': '不是 DOCX 文件（不是 zip 压缩包） / not a DOCX file (not a zip archive)',
  // An OLE compound file: a .doc or .wps renamed, or a Word file with an open password (encrypted).
  'old-word':
    '这是旧版 Word（.doc）或 WPS 文件，或设置了打开密码的 Word 文件，不是 DOCX：请在 Word 或 WPS 中打开，去掉打开密码并“另存为” .docx 后再试 / an old Word (.doc) or WPS file, or a password-protected Word file, not a DOCX: open it in Word or WPS, remove the password and save it as .docx',
  corrupt: 'DOCX 文件已损坏，无法解压 / the DOCX file is corrupt and cannot be unpacked',
  overlapping:
    'DOCX 压缩包内的文件相互重叠（疑似压缩炸弹），已拒绝 / entries of the DOCX archive overlap (zip bomb?): refused',
  timeout:
    'DOCX 导入超时，文件可能已损坏或过于复杂 / importing the DOCX took too long: the file may be corrupt or too complex',
  'too-large': 'DOCX 文件过大 / the DOCX file is too large',
  'too-many-entries': 'DOCX 压缩包内文件过多 / the DOCX archive holds too many entries',
  bomb: 'DOCX 解压后过大（疑似压缩炸弹） / the DOCX unpacks too large (zip bomb?)',
  dtd: 'DOCX 含有 DTD 或实体声明，已拒绝 / the DOCX contains a DTD or entity declarations: refused',
  'bad-xml': 'DOCX 内的 XML 无法解析 / the XML inside the DOCX cannot be parsed',
  'not-docx':
    '压缩包中没有 Word 正文（word/document.xml） / the archive has no Word body (word/document.xml)',
};

export class DocxImportError extends Error {
  constructor(
    readonly code: DocxImportErrorCode,
    /** Specifics (the part, the sizes); shown after the message in the CLI and in the app. */
    readonly detail?: string,
  ) {
    super(detail ? `${MESSAGES[code]}: ${detail}` : MESSAGES[code]);
    this.name = 'DocxImportError';
  }
}
