/** The longest wait a `Retry-After` may ask for; anything longer is treated as this (a day). */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

const DELAY_SECONDS = /^\d+(\.\d+)?$/;

/**
 * Milliseconds to wait from a `Retry-After` value: delay-seconds (`"120"`) or an HTTP date
 * (`"Wed, 21 Oct 2026 07:28:00 GMT"`, measured from `now`, 0 if already past). Undefined when
 * absent or unreadable; capped at {@link MAX_RETRY_AFTER_MS}.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (DELAY_SECONDS.test(text)) {
    return Math.min(Math.ceil(Number(text) * 1000), MAX_RETRY_AFTER_MS);
  }
  // Date.parse also reads plain numbers and odd formats; an HTTP date always names a weekday or month.
  if (!/[A-Za-z]/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - now.getTime()), MAX_RETRY_AFTER_MS);
}

/** Milliseconds from `retry-after-ms` / `x-ms-retry-after-ms` (Azure services), else undefined. */
export function parseRetryAfterMs(value: string | null | undefined): number | undefined {
  const text = value?.trim();
  if (!text || !DELAY_SECONDS.test(text)) return undefined;
  return Math.min(Math.ceil(Number(text)), MAX_RETRY_AFTER_MS);
}
