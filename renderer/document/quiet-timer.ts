/**
 * "Run once the edits have been quiet for `ms`": the wait behind the checklist, the 修订 and comment
 * lists, autosave and the page count. Each of them used to clear and set a timer on every keystroke
 * (six timers a key, plus the keydown's own); here a keystroke only notes the time, and the one timer,
 * when it fires before the quiet period is over, waits out the rest.
 */
export class QuietTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the run is due (Date.now()). */
  private due = 0;
  /** When the armed timer fires. */
  private firesAt = 0;
  /** When the timer was armed: a clock set back since then runs the wait out at once. */
  private armedAt = 0;

  constructor(private readonly run: () => void) {}

  /** Run `ms` from now, unless poked again first (then `ms` from that poke). */
  poke(ms: number): void {
    const now = Date.now();
    this.due = now + ms;
    // An armed timer that fires no later than the new due time re-arms itself for the rest.
    if (this.timer !== null && this.firesAt <= this.due) return;
    this.arm(now, ms);
  }

  /** Drop a waiting run. */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  get waiting(): boolean {
    return this.timer !== null;
  }

  private arm(now: number, ms: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.armedAt = now;
    this.firesAt = now + ms;
    this.timer = setTimeout(this.fire, ms);
  }

  private readonly fire = (): void => {
    this.timer = null;
    const now = Date.now();
    const left = this.due - now;
    if (left > 0 && now >= this.armedAt) {
      this.arm(now, left);
      return;
    }
    this.run();
  };
}
