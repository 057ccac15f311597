import type { OutboxMessage } from './outbox-message.js';

/** `lastError` of a message taken over after its dispatcher's lease ran out mid-attempt. */
export const INTERRUPTED = 'interrupted';

/** True when a dispatcher may claim the message now: pending and due, or sending with a lease that ran out. */
export function isClaimable(message: OutboxMessage, now: Date): boolean {
  const at = now.toISOString();
  if (message.status === 'pending') return message.nextAttemptAt <= at;
  return message.status === 'sending' && (message.leaseUntil === undefined || message.leaseUntil <= at);
}

/** True when the message was taken over from a dispatcher that stopped mid-attempt (the send may have gone out). */
export function isInterrupted(message: OutboxMessage): boolean {
  return message.status === 'sending';
}

/** The message held by a dispatcher until `leaseUntil`; each claim is one attempt. */
export function claimOutboxMessage(message: OutboxMessage, now: Date, leaseUntil: Date): OutboxMessage {
  return {
    ...message,
    status: 'sending',
    attempts: message.attempts + 1,
    leaseUntil: leaseUntil.toISOString(),
    ...(isInterrupted(message) ? { lastError: INTERRUPTED } : {}),
    updatedAt: now.toISOString(),
  };
}

/** The message posted (or its card replaced) as Teams activity `activityId`. */
export function markOutboxMessageSent(message: OutboxMessage, activityId: string, now: Date): OutboxMessage {
  const at = now.toISOString();
  return { ...withoutLease(message), status: 'sent', activityId, sentAt: at, updatedAt: at };
}

/**
 * Back to pending, not tried before `nextAttemptAt` (backoff, Retry-After or pacing); `lastError`
 * records why (absent for pacing, which is not a failure). Attempts are counted by claims only.
 */
export function rescheduleOutboxMessage(message: OutboxMessage, nextAttemptAt: Date, now: Date, lastError?: string): OutboxMessage {
  return {
    ...withoutLease(message),
    status: 'pending',
    nextAttemptAt: nextAttemptAt.toISOString(),
    ...(lastError === undefined ? {} : { lastError }),
    updatedAt: now.toISOString(),
  };
}

/** Given up: `lastError` says why (`http-403`, `no-conversation`, …); never retried. */
export function failOutboxMessage(message: OutboxMessage, lastError: string, now: Date): OutboxMessage {
  return { ...withoutLease(message), status: 'failed', lastError, updatedAt: now.toISOString() };
}

/** A failed message queued again (e.g. after the unit's channel was fixed), to the given conversation, as if new. */
export function requeueOutboxMessage(message: OutboxMessage, conversationId: string, now: Date): OutboxMessage {
  const { lastError: _lastError, ...rest } = withoutLease(message);
  return { ...rest, status: 'pending', conversationId, attempts: 0, nextAttemptAt: now.toISOString(), updatedAt: now.toISOString() };
}

/** Nothing to send any more (the renderer skipped it, or an update whose original is not posted). */
export function supersedeOutboxMessage(message: OutboxMessage, now: Date): OutboxMessage {
  return { ...withoutLease(message), status: 'superseded', updatedAt: now.toISOString() };
}

function withoutLease(message: OutboxMessage): OutboxMessage {
  const { leaseUntil: _leaseUntil, ...rest } = message;
  return rest;
}
