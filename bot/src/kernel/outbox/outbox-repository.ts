import type { OutboxMessage, OutboxSubject } from './outbox-message.js';
import type { Versioned } from '../versioned.js';

/**
 * The persistent outbox of outgoing channel messages. Every state change is guarded by the ETag
 * of the version the caller holds, so two dispatchers never both act on one message: a stale
 * version gives DomainError('conflict') (or `undefined` from {@link OutboxRepository.claim}).
 */
export interface OutboxRepository {
  /** Stores a new message under its deterministic id; false (and nothing changes) when that id exists. */
  enqueue(message: OutboxMessage): Promise<boolean>;
  /**
   * Stores the message under its id whether or not one exists: one write, no read. For a message
   * that coalesces (an update of a posted card), a newer request re-arms it: pending and due again,
   * with the newest topic, even while a dispatcher sends the older one; that dispatcher's completion
   * (If-Match on its claim) then conflicts, so the newer request is delivered afterwards, not lost.
   */
  rearm(message: OutboxMessage): Promise<void>;
  /** The message with its ETag, or undefined. */
  get(tenantId: string, id: string): Promise<Versioned<OutboxMessage> | undefined>;
  /** Up to `limit` claimable messages across all tenants (pending and due, or sending with an expired lease), oldest first. */
  listDue(now: Date, limit: number): Promise<Versioned<OutboxMessage>[]>;
  /** One subject's messages in this tenant, oldest first (e.g. a settlement's per-unit delivery status). */
  listForSubject(tenantId: string, subject: OutboxSubject): Promise<OutboxMessage[]>;
  /** The messages of several subjects of one type in one query, oldest first (the tab's list). */
  listForSubjects(tenantId: string, subjectType: string, subjectIds: readonly string[]): Promise<OutboxMessage[]>;
  /** The newest failed messages about subjects of this type (e.g. announcements that never reached a channel); at most `limit`. */
  listFailed(tenantId: string, subjectType: string, limit: number): Promise<OutboxMessage[]>;
  /** Takes the message for one attempt until `leaseUntil`; undefined when another dispatcher changed it first or it is not claimable. */
  claim(message: Versioned<OutboxMessage>, leaseUntil: Date, now: Date): Promise<Versioned<OutboxMessage> | undefined>;
  /** Records the posted (or updated) Teams activity. */
  markSent(message: Versioned<OutboxMessage>, activityId: string, now: Date): Promise<Versioned<OutboxMessage>>;
  /** Back to pending until `nextAttemptAt`; `lastError` says why (omit it for pacing). */
  reschedule(message: Versioned<OutboxMessage>, nextAttemptAt: Date, now: Date, lastError?: string): Promise<Versioned<OutboxMessage>>;
  /** Queues a failed message again to `conversationId` (If-Match). */
  requeue(message: Versioned<OutboxMessage>, conversationId: string, now: Date): Promise<Versioned<OutboxMessage>>;
  /** Gives up on the message for good, with a short cause (`http-403`, `no-conversation`, `no-renderer`, …). */
  markFailed(message: Versioned<OutboxMessage>, lastError: string, now: Date): Promise<Versioned<OutboxMessage>>;
  /** Nothing to send any more. */
  markSuperseded(message: Versioned<OutboxMessage>, now: Date): Promise<Versioned<OutboxMessage>>;
}
