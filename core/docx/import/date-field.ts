/**
 * A 成文日期 written as a live date field (插入 → 日期和时间, 自动更新): the file holds the day it was last
 * saved, which the import reads; Word, WPS and LibreOffice show the day they open or save it, so the date
 * printed may not be the one signed. The import says so.
 */
import { parseDateLine, signatureAndDate } from '../../import/text/closing';
import type { DocxParagraph } from './document-types';

/** The note on a 成文日期 (YYYY-MM-DD) read from a live date field, or null when it was typed. */
export function liveDateNote(paragraphs: readonly DocxParagraph[], date: string | null): string | null {
  if (date === null) return null;
  const fromField = paragraphs.some(
    (p) =>
      p.liveDate &&
      p.text
        .split('\n')
        .map((l) => l.trim())
        .some((l) => (parseDateLine(l) ?? signatureAndDate(l)?.date)?.iso === date),
  );
  return fromField
    ? '成文日期是自动更新的日期域（DATE），已按文件保存时显示的日期导入；在 Word 或 WPS 中打开时它会变成当天的日期，请核对成文日期，并在原文中改为键入的日期。'
    : null;
}
