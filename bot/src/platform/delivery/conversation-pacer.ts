/** At most `max` operations within any `windowMs` milliseconds. */
export interface RateWindow {
  readonly windowMs: number;
  readonly max: number;
}

/**
 * Teams' documented per-bot, per-thread limits for "Send to Conversation" (learn.microsoft.com,
 * "Optimize your bot with rate limiting in Teams"): 7 per 1 s, 8 per 2 s, 60 per 30 s, 1800 per
 * hour. Microsoft calls the values estimates that may change, so 429 handling stays in charge;
 * updates are counted too, since every request is subject to the same policy.
 */
export const TEAMS_CONVERSATION_LIMITS: readonly RateWindow[] = [
  { windowMs: 1_000, max: 7 },
  { windowMs: 2_000, max: 8 },
  { windowMs: 30_000, max: 60 },
  { windowMs: 3_600_000, max: 1_800 },
];

/**
 * Sliding-window pacing per conversation, in this process's memory. Losing it (a restart) only
 * loses pacing history, never a message: the connector's 429 with `Retry-After` is the backstop,
 * and {@link ConversationPacer.block} holds a conversation for as long as a 429 asked.
 */
export class ConversationPacer {
  private readonly history = new Map<string, number[]>();
  private readonly blockedUntil = new Map<string, number>();
  private readonly longestWindowMs: number;

  constructor(private readonly windows: readonly RateWindow[] = TEAMS_CONVERSATION_LIMITS) {
    if (windows.some((window) => !(window.windowMs > 0) || !(window.max >= 1))) {
      throw new RangeError('Every pacing window needs a positive length and a maximum of at least 1.');
    }
    this.longestWindowMs = Math.max(0, ...windows.map((window) => window.windowMs));
  }

  /** The earliest time (epoch ms) one more operation to `conversation` fits every window; ≤ `nowMs` means now. */
  nextSlot(conversation: string, nowMs: number): number {
    const times = this.prune(conversation, nowMs);
    let slot = Math.max(nowMs, this.blockedUntil.get(conversation) ?? 0);
    for (const { windowMs, max } of this.windows) {
      const inWindow = times.filter((time) => time > nowMs - windowMs);
      if (inWindow.length >= max) {
        // The window has room again once its oldest surplus operation has slid out.
        slot = Math.max(slot, inWindow[inWindow.length - max]! + windowMs);
      }
    }
    return slot;
  }

  /** Counts one operation (an attempt, whatever its outcome) to `conversation` at `atMs`. */
  record(conversation: string, atMs: number): void {
    const times = this.prune(conversation, atMs);
    times.push(atMs);
    times.sort((a, b) => a - b);
    this.history.set(conversation, times);
  }

  /** Holds `conversation` until `untilMs` (a 429's `Retry-After`). */
  block(conversation: string, untilMs: number): void {
    this.blockedUntil.set(conversation, Math.max(untilMs, this.blockedUntil.get(conversation) ?? 0));
  }

  /** Drops history that no window can see any more, for every conversation (keeps memory bounded). */
  sweep(nowMs: number): void {
    for (const conversation of new Set([...this.history.keys(), ...this.blockedUntil.keys()])) {
      this.prune(conversation, nowMs);
    }
  }

  private prune(conversation: string, nowMs: number): number[] {
    const blocked = this.blockedUntil.get(conversation);
    if (blocked !== undefined && blocked <= nowMs) this.blockedUntil.delete(conversation);
    const times = (this.history.get(conversation) ?? []).filter((time) => time > nowMs - this.longestWindowMs);
    if (times.length === 0) this.history.delete(conversation);
    else this.history.set(conversation, times);
    return times;
  }
}
