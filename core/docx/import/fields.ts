/**
 * Fields whose result is page furniture, not text of the report: page numbers (PAGE, NUMPAGES,
 * SECTIONPAGES) put in the body, and a table of contents (TOC), which repeats the body's headings. The
 * results of other fields (a HYPERLINK's text, a DATE, a cross-reference) are read as written.
 */
export function skipsResult(instr: string): boolean {
  return /^\s*(?:PAGE|NUMPAGES|SECTIONPAGES|TOC)\b/i.test(instr);
}

/**
 * A field that shows the day it is opened, saved or printed (插入 → 日期和时间 with 自动更新: DATE, TIME,
 * SAVEDATE, PRINTDATE): what a file holds is its result when last saved, and Word and WPS show another
 * day once they update it. CREATEDATE stays the day the file was made.
 */
export function isLiveDate(instr: string): boolean {
  return /^\s*(?:DATE|TIME|SAVEDATE|PRINTDATE)\b/i.test(instr);
}

/** Complex fields (w:fldChar begin / separate / end) open while reading, innermost last. */
export class FieldStack {
  private readonly open: { instr: string; result: boolean }[] = [];

  begin(): void {
    this.open.push({ instr: '', result: false });
  }
  instr(text: string): void {
    const top = this.open[this.open.length - 1];
    if (top && !top.result) top.instr += text;
  }
  separate(): void {
    const top = this.open[this.open.length - 1];
    if (top) top.result = true;
  }
  end(): void {
    this.open.pop();
  }
  /** Whether text here is the result of a field that is page furniture. */
  get hidesText(): boolean {
    return this.open.some((f) => f.result && skipsResult(f.instr));
  }
  /** Whether text here is the result of a live date field (isLiveDate). */
  get inLiveDate(): boolean {
    return this.open.some((f) => f.result && isLiveDate(f.instr));
  }
  /** At a paragraph's end: a page-number field never runs on past it (a TOC does), even left open. */
  endParagraph(): void {
    for (let i = this.open.length - 1; i >= 0; i--)
      if (!/^\s*TOC\b/i.test(this.open[i]!.instr)) this.open.splice(i, 1);
  }
}
