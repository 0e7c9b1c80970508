/**
 * Guards against doubled text when an IME commits without a key press (slate#5653: Microsoft Pinyin in
 * Chrome, clicking away mid-composition). Slate inserts the composition's text on compositionend; some
 * IMEs also send the same text as an ordinary insert. When no key was pressed in the last ~100 ms, the
 * second copy of the same text, whichever comes second, is dropped — never the only copy, so nothing
 * is lost either.
 */

const WINDOW_MS = 100;

interface Stamp {
  data: string;
  at: number;
}

export class ImeGuard {
  private lastKeyAt = -Infinity;
  private lastCommit: Stamp | null = null;
  private lastInsert: Stamp | null = null;

  constructor(private readonly now: () => number = () => performance.now()) {}

  keyDown(): void {
    this.lastKeyAt = this.now();
  }

  /** A non-composition insertText is about to apply; true means it is the duplicate: swallow it. */
  shouldSwallowInsert(data: string | null): boolean {
    if (!data) return false;
    const t = this.now();
    const c = this.lastCommit;
    if (c && c.data === data && t - c.at < WINDOW_MS) {
      this.lastCommit = null;
      return true;
    }
    this.lastInsert = { data, at: t };
    return false;
  }

  /** A composition ended with `data`; true means the text already came in: skip Slate's insert. */
  shouldSkipCompositionInsert(data: string | null): boolean {
    if (!data) return false;
    const t = this.now();
    if (t - this.lastKeyAt < WINDOW_MS) {
      this.lastCommit = null;
      return false;
    }
    const i = this.lastInsert;
    if (i && i.data === data && t - i.at < WINDOW_MS) {
      this.lastInsert = null;
      return true;
    }
    this.lastCommit = { data, at: t };
    return false;
  }
}
