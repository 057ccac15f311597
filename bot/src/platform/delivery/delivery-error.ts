import { DomainError } from '../../kernel/domain-error.js';

/** What the outbox needs to know about a failed send or update. */
export interface DeliveryErrorDetails {
  /** HTTP status from the connector; absent for network errors and timeouts. */
  readonly status?: number;
  /** How long the connector asked us to wait (`Retry-After`), in milliseconds. */
  readonly retryAfterMs?: number;
  /** True for 429, 408, 412, 5xx, network errors and timeouts; false for other 4xx and bad references. */
  readonly retryable: boolean;
  /** Short cause for logs and `lastError`: `http-<status>` or an error code; never the service's message text. */
  readonly reason: string;
}

/** A channel send or update that failed; a DomainError with code `delivery-failed` that keeps the cause. */
export class DeliveryError extends DomainError implements DeliveryErrorDetails {
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly retryable: boolean;
  readonly reason: string;

  constructor(details: DeliveryErrorDetails, options?: { readonly cause?: unknown }) {
    super('delivery-failed', `Channel delivery failed (${details.reason}).`, options);
    this.name = 'DeliveryError';
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.retryable = details.retryable;
    this.reason = details.reason;
  }
}

/** True when the value is a DeliveryError. */
export function isDeliveryError(value: unknown): value is DeliveryError {
  return value instanceof DeliveryError;
}
