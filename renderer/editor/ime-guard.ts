/**
 * Guards against doubled text when an IME commits without a key press (slate#5653: Microsoft Pinyin in
 * Chrome, clicking away mid-composition). Slate inserts the composition's text on compositionend; Chrome
 * then replays the commit as `deleteContentBackward` + `insertText` of the same text. When no key was
 * pressed in the last ~100 ms, that replay is dropped (the delete would eat a character of the text Slate
 * just inserted, the insert would double it); an insert that came first makes the composition's own
 * insert the one dropped. Never the only copy, so nothing is lost either.
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

  /** A delete right after a keyless commit is the replay's first half: true means swallow it. */
  shouldSwallowDelete(): boolean {
    const c = this.lastCommit;
    return !!c && this.now() - c.at < WINDOW_MS && this.lastKeyAt < c.at;
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
