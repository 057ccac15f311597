/** What an outgoing message is about, e.g. `{ type: 'settlement', id }`; its type picks the renderer. */
export interface OutboxSubject {
  /** The capability that owns the subject and renders its messages, e.g. `settlement`. */
  readonly type: string;
  /** The subject's id within its type and tenant. */
  readonly id: string;
}

/**
 * Which message about the subject, as data, e.g. `{ name: 'edited', version: 2 }` or
 * `{ name: 'reminder', date: '2026-11-24' }`; with subject and unit it makes the message's id.
 * Field names are plain identifiers; each capability declares its own topics as a union.
 */
export type OutboxTopic = { readonly name: string } & { readonly [field: string]: string | number };

/** What the outbox does with a message: post it, replace a posted one, or reply in a posted one's thread. */
export type OutboxOperation = 'send' | 'update' | 'reply';

/** Delivery state of one outgoing message. */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'superseded';

/** One outgoing channel message in the persistent outbox (never holds personal data). */
export interface OutboxMessage {
  /** Deterministic: built from (subject type, subject id, unit, topic) so enqueuing twice is a no-op. */
  readonly id: string;
  readonly tenantId: string;
  readonly subject: OutboxSubject;
  /** The unit whose channel gets the message (the coordinator's delivery status is per unit). */
  readonly unitId: string;
  readonly topic: OutboxTopic;
  /**
   * `send` posts a new message; `update` replaces the activity a `send` message posted; `reply`
   * posts in the thread of the activity a `send` message posted (a notice under its announcement).
   */
  readonly operation: OutboxOperation;
  /** For `update`: the id of the outbox message whose posted activity is replaced. */
  readonly updatesMessageId?: string;
  /** For `reply`: the id of the outbox message whose posted activity starts the thread replied in. */
  readonly repliesToMessageId?: string;
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
   * `http-429`, `http-503`, `http-403`, `ECONNREFUSED`, `no-conversation`, `no-renderer`, `interrupted`.
   */
  readonly lastError?: string;
  /** The Teams activity id once posted (needed to update the card in place). */
  readonly activityId?: string;
  readonly createdAt: string;
  readonly sentAt?: string;
  /** ISO time of the last change of state (claim, send, reschedule, failure). */
  readonly updatedAt?: string;
}
