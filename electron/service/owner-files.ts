/**
 * The files an office suite keeps beside a document while it is open: Word's and WPS's owner file
 * `~$报告.docx` (162 bytes: who has it open; hidden on Windows, shown on a USB stick or a Kylin share)
 * and LibreOffice's `.~lock.报告.docx#`. Not documents: a folder listing leaves them out, as it leaves
 * out hidden files, so a reviewer who checks a folder while a report is open in Word is not told that
 * a "report" is broken.
 */
export function isOwnerFile(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.~lock.');
}
