import { DeliveryError } from './delivery-error.js';
import { parseRetryAfter, parseRetryAfterMs } from './retry-after.js';

/** Statuses worth another attempt: throttling, timeouts, Teams' transient 412 (documented), server errors. */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 412, 429]);

/** A Node or pipeline error code we may log (upper-case identifiers only, never free text). */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{1,40}$/;

interface HeadersLike {
  get(name: string): string | null | undefined;
}

/**
 * Classifies whatever the connector client threw. botbuilder surfaces HTTP failures as
 * core-rest-pipeline's `RestError` (`statusCode`, `response.headers`), network failures as a
 * `RestError` with a Node `code` and no status, and timeouts as an `AbortError`. The service's own
 * message is never copied: it may echo content.
 */
export function toDeliveryError(error: unknown, now: Date): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const status = statusOf(error);
  if (status !== undefined) {
    const headers = headersOf(error);
    const retryAfterMs =
      parseRetryAfterMs(headers?.get('retry-after-ms')) ??
      parseRetryAfterMs(headers?.get('x-ms-retry-after-ms')) ??
      parseRetryAfter(headers?.get('retry-after'), now);
    const retryable = RETRYABLE_STATUSES.has(status) || status >= 500;
    return new DeliveryError({ status, retryAfterMs, retryable, reason: `http-${status}` }, { cause: error });
  }
  return new DeliveryError({ retryable: true, reason: networkReasonOf(error) }, { cause: error });
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { statusCode, response } = error as { statusCode?: unknown; response?: { status?: unknown } };
  if (typeof statusCode === 'number' && statusCode >= 100) return statusCode;
  return typeof response?.status === 'number' && response.status >= 100 ? response.status : undefined;
}

function headersOf(error: unknown): HeadersLike | undefined {
  const headers = (error as { response?: { headers?: unknown } }).response?.headers;
  if (typeof headers !== 'object' || headers === null) return undefined;
  if (typeof (headers as HeadersLike).get === 'function') return headers as HeadersLike;
  const record = headers as Record<string, unknown>;
  return {
    get: (name) => {
      const entry = Object.entries(record).find(([key]) => key.toLowerCase() === name);
      return typeof entry?.[1] === 'string' ? entry[1] : undefined;
    },
  };
}

function networkReasonOf(error: unknown): string {
  for (let current = error, depth = 0; typeof current === 'object' && current !== null && depth < 4; depth += 1) {
    const { code, name, cause } = current as { code?: unknown; name?: unknown; cause?: unknown };
    if (typeof code === 'string' && ERROR_CODE.test(code)) return code;
    if (name === 'AbortError' || name === 'TimeoutError') return 'timeout';
    current = cause;
  }
  return 'send-error';
}
