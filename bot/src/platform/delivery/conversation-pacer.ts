import { TEAMS_CONVERSATION_LIMITS, type RateWindow } from './teams-rate-limits.js';

/**
 * Sliding-window pacing per key (a conversation, or a tenant for the app-wide limit), in this
 * process's memory. Losing it (a restart) only loses pacing history, never a message: the
 * connector's 429 with `Retry-After` is the backstop, and {@link ConversationPacer.block} holds a
 * key for as long as a 429 asked.
 *
 * A request counts from when it is started ({@link ConversationPacer.acquire}) until it is finished
 * ({@link ConversationPacer.release}), and then at the time it finished: Teams counts a request when
 * it arrives, somewhere between the two, so counting it at its latest possible time never lets a
 * window hold more than its maximum, however long requests take.
 */
export class ConversationPacer {
  private readonly history = new Map<string, number[]>();
  private readonly inFlight = new Map<string, number>();
  private readonly blockedUntil = new Map<string, number>();
  private waiting: (() => void)[] = [];
  private readonly longestWindowMs: number;

  constructor(private readonly windows: readonly RateWindow[] = TEAMS_CONVERSATION_LIMITS) {
    if (windows.some((window) => !(window.windowMs > 0) || !(window.max >= 1))) {
      throw new RangeError('Every pacing window needs a positive length and a maximum of at least 1.');
    }
    this.longestWindowMs = Math.max(0, ...windows.map((window) => window.windowMs));
  }

  /**
   * The earliest time (epoch ms) one more operation to `key` fits every window; ≤ `nowMs` means
   * now, `Infinity` means not before a request in flight finishes.
   */
  nextSlot(key: string, nowMs: number): number {
    const times = this.prune(key, nowMs);
    const running = this.inFlight.get(key) ?? 0;
    let slot = Math.max(nowMs, this.blockedUntil.get(key) ?? 0);
    for (const { windowMs, max } of this.windows) {
      const inWindow = times.filter((time) => time > nowMs - windowMs);
      if (inWindow.length + running >= max) {
        // The window has room again once its oldest surplus operation has slid out; one in flight never has.
        const surplus = inWindow.length + running - max;
        slot = Math.max(slot, surplus < inWindow.length ? inWindow[surplus]! + windowMs : Infinity);
      }
    }
    return slot;
  }

  /** Counts one finished operation (an attempt, whatever its outcome) to `key` at `atMs`. */
  record(key: string, atMs: number): void {
    const times = this.prune(key, atMs);
    times.push(atMs);
    times.sort((a, b) => a - b);
    this.history.set(key, times);
  }

  /** Starts an operation to `key`: it fills a place in every window until released. */
  acquire(key: string): void {
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
  }

  /** Ends an operation started by {@link acquire}; recorded at `atMs` when a request went out (`sent`). */
  release(key: string, atMs: number, sent: boolean): void {
    const running = (this.inFlight.get(key) ?? 0) - 1;
    if (running > 0) this.inFlight.set(key, running);
    else this.inFlight.delete(key);
    if (sent) this.record(key, atMs);
    const waiting = this.waiting;
    this.waiting = [];
    for (const wake of waiting) wake();
  }

  /** Resolves at the next {@link release} of any key (a wait for `Infinity` from {@link nextSlot}). */
  whenReleased(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Holds `key` until `untilMs` (a 429's `Retry-After`). */
  block(key: string, untilMs: number): void {
    this.blockedUntil.set(key, Math.max(untilMs, this.blockedUntil.get(key) ?? 0));
  }

  /** Drops history that no window can see any more, for every key (keeps memory bounded). */
  sweep(nowMs: number): void {
    for (const key of new Set([...this.history.keys(), ...this.blockedUntil.keys()])) {
      this.prune(key, nowMs);
    }
  }

  private prune(key: string, nowMs: number): number[] {
    const blocked = this.blockedUntil.get(key);
    if (blocked !== undefined && blocked <= nowMs) this.blockedUntil.delete(key);
    const times = (this.history.get(key) ?? []).filter((time) => time > nowMs - this.longestWindowMs);
    if (times.length === 0) this.history.delete(key);
    else this.history.set(key, times);
    return times;
  }
}
