/** What an outgoing channel message is about; with settlement and unit it makes the message's deterministic id. */
export type OutboxKind = string;

/** Delivery state of one outgoing message. */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'superseded';

/** One outgoing channel message in the persistent outbox (never holds personal data). */
export interface OutboxMessage {
  /** Deterministic: built from (settlementId, unitId, kind) so enqueuing twice is a no-op. */
  readonly id: string;
  readonly tenantId: string;
  readonly unitId: string;
  readonly settlementId: string;
  /** E.g. `announcement`, `update:v3`, `edited:v2`, `reminder:2026-11-24`. */
  readonly kind: OutboxKind;
  /** `send` posts a new message; `update` replaces the activity a `send` message posted. */
  readonly operation: 'send' | 'update';
  /** For `update`: the id of the outbox message whose posted activity is replaced. */
  readonly updatesMessageId?: string;
  /** Teams conversation (channel) id to post to. */
  readonly conversationId: string;
  readonly status: OutboxStatus;
  readonly attempts: number;
  /** ISO time before which the message is not tried (backoff, Retry-After, pacing). */
  readonly nextAttemptAt: string;
  /** ISO time until which a dispatcher holds the message while sending (a crashed sender's lease runs out). */
  readonly leaseUntil?: string;
  /**
   * Short cause of the last failure: HTTP status or error code, never message content — e.g.
   * `http-429`, `http-503`, `http-403`, `ECONNREFUSED`, `no-conversation`, `interrupted`.
   */
  readonly lastError?: string;
  /** The Teams activity id once posted (needed to update the card in place). */
  readonly activityId?: string;
  readonly createdAt: string;
  readonly sentAt?: string;
  /** ISO time of the last change of state (claim, send, reschedule, failure). */
  readonly updatedAt?: string;
}
