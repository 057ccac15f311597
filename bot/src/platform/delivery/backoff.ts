/** Options for {@link retryDelayMs}. */
export interface BackoffOptions {
  /** Delay before the 2nd attempt, before jitter (default 5 s); doubles with each attempt. */
  readonly baseMs?: number;
  /** Upper bound of the exponential delay, before jitter (default 10 min). */
  readonly maxMs?: number;
  /** Attempts (claims) after which a retryable failure becomes `failed` (default 8). */
  readonly maxAttempts?: number;
  /** Random number in [0, 1) for the jitter; injectable for tests (default Math.random). */
  readonly random?: () => number;
}

/** Defaults of {@link BackoffOptions}. */
export const DEFAULT_BACKOFF = { baseMs: 5_000, maxMs: 10 * 60_000, maxAttempts: 8 } as const;

/**
 * Exponential backoff with "equal jitter": after attempt n (1-based) the ceiling is
 * min(max, base·2^(n-1)) and the delay is uniform in [ceiling/2, ceiling], so retries of many
 * messages spread out but never come back at once. A `Retry-After` is a minimum, never shortened.
 */
export function retryDelayMs(attempt: number, retryAfterMs: number | undefined, options: BackoffOptions = {}): number {
  const baseMs = options.baseMs ?? DEFAULT_BACKOFF.baseMs;
  const maxMs = options.maxMs ?? DEFAULT_BACKOFF.maxMs;
  const random = options.random ?? Math.random;
  const exponent = Math.min(Math.max(attempt, 1) - 1, 30);
  const ceiling = Math.min(maxMs, baseMs * 2 ** exponent);
  const jittered = Math.round(ceiling / 2 + (ceiling / 2) * random());
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** True when a message that failed on attempt `attempt` may be tried again. */
export function mayRetry(attempt: number, options: BackoffOptions = {}): boolean {
  return attempt < (options.maxAttempts ?? DEFAULT_BACKOFF.maxAttempts);
}
