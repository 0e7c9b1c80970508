/**
 * What to tell a user whose file is of a kind gwdraft does not read: for the kinds clerks actually have
 * (old Word and WPS files, PDFs, OpenDocument, RTF), how to get a file that it does read.
 */
export interface Advice {
  zh: string;
  en: string;
}

const BY_EXTENSION: Record<string, Advice> = {
  doc: {
    zh: '旧版 Word 文档（.doc）请先在 Word 或 WPS 中“另存为” .docx',
    en: 'save an old Word .doc as .docx in Word or WPS first',
  },
  wps: {
    zh: 'WPS 文字文档（.wps）请先在 WPS 中“另存为” .docx',
    en: 'save a WPS .wps document as .docx in WPS first',
  },
  // Word's macro-enabled document and Word's templates: the same package, named for what it holds.
  docm: {
    zh: '启用宏的 Word 文档（.docm）请先在 Word 或 WPS 中“另存为” .docx（宏不会导入，也不会运行）',
    en: 'save a macro-enabled .docm as .docx in Word or WPS first (macros are never imported or run)',
  },
  dotx: {
    zh: 'Word 模板（.dotx）请先在 Word 或 WPS 中打开并“另存为” .docx',
    en: 'open a Word template (.dotx) and save it as .docx first',
  },
  dotm: {
    zh: 'Word 模板（.dotm）请先在 Word 或 WPS 中打开并“另存为” .docx（宏不会导入，也不会运行）',
    en: 'open a Word template (.dotm) and save it as .docx first (macros are never imported or run)',
  },
  rtf: {
    zh: 'RTF 文档请先在 Word 或 WPS 中“另存为” .docx',
    en: 'save an RTF file as .docx in Word or WPS first',
  },
  odt: {
    zh: 'OpenDocument 文档（.odt）请先在 WPS 或 LibreOffice 中“另存为” .docx',
    en: 'save an .odt as .docx in WPS or LibreOffice first',
  },
  pdf: {
    zh: 'PDF 请先用 WPS 或 Word 转为 .docx，或复制全文另存为 .txt',
    en: 'convert a PDF to .docx in WPS or Word, or copy its text into a .txt file',
  },
  ofd: {
    zh: 'OFD 版式文件请先用阅读器复制全文另存为 .txt',
    en: 'copy the text of an OFD file into a .txt file',
  },
};

/** Advice for a file name of a known unsupported kind, or null. */
function adviceFor(name: string): Advice | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return (m && BY_EXTENSION[m[1]!.toLowerCase()]) ?? null;
}

/**
 * A word-processor document gwdraft does not read (.doc, .wps, .docm, .rtf, .odt): in a folder of
 * reports, a report sent in the wrong format, worth a word. (PDF and OFD files beside the reports are
 * as often scans and attachments as reports, and templates are not reports: not these.)
 */
export function isUnreadWordDocument(name: string): boolean {
  return /\.(doc|wps|docm|rtf|odt)$/i.test(name);
}

/**
 * The one-line refusal: "不支持的文件类型：NAME（可导入 …）。建议 / unsupported input NAME (…): advice".
 * `zhKinds` / `enKinds` say what can be read where the message is shown.
 */
export function unsupportedInputMessage(
  name: string,
  zhKinds: string,
  enKinds: string,
): { zh: string; en: string } {
  const a = adviceFor(name);
  return {
    zh: `不支持的文件类型：${name}（${zhKinds}）${a ? `。${a.zh}` : ''}`,
    en: `unsupported input ${name} (${enKinds})${a ? `: ${a.en}` : ''}`,
  };
}
