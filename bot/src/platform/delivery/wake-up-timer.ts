/** setTimeout's longest delay; a wake-up further away is re-armed when this one fires. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * One timer for the earliest of the wake-up times asked for: each time given to
 * {@link WakeUpTimer.wakeAt} is kept until it has come, so a later one is not forgotten when an
 * earlier one fires, while {@link WakeUpTimer.pollAt} is one time that each call replaces (a poll
 * that is pushed back whenever something else woke the owner). Times are on the injected clock
 * (epoch ms); only the delay until the earliest is handed to setTimeout.
 */
export class WakeUpTimer {
  private times: number[] = [];
  private pollTime = Infinity;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;

  constructor(
    private readonly now: () => number,
    private readonly fire: () => void,
  ) {}

  /** Fires at `atMs` (at once when it has passed), whatever else fires before. */
  wakeAt(atMs: number): void {
    this.times.push(atMs);
    this.arm();
  }

  /** Fires at `atMs` unless something fires before; replaces the previous poll time. */
  pollAt(atMs: number): void {
    this.pollTime = atMs;
    this.arm();
  }

  /** Forgets every wake-up asked for. */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
    this.times = [];
    this.pollTime = Infinity;
  }

  private arm(): void {
    const next = Math.min(this.pollTime, ...this.times);
    if (next === this.timerAt) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = next;
    if (next === Infinity) return;
    this.timer = setTimeout(() => this.ring(), Math.min(MAX_DELAY_MS, Math.max(0, next - this.now())));
  }

  private ring(): void {
    this.timer = undefined;
    this.timerAt = Infinity;
    const now = this.now();
    const came = this.pollTime <= now || this.times.some((time) => time <= now);
    this.times = this.times.filter((time) => time > now);
    if (this.pollTime <= now) this.pollTime = Infinity;
    this.arm();
    if (came) this.fire();
  }
}
