import { isDomainError } from '../../kernel/domain-error.js';
import type { OutboxMessage } from '../../kernel/outbox/outbox-message.js';
import type { OutboxPayload, OutboxPayloadRenderers } from '../../kernel/outbox/outbox-payload.js';
import { isInterrupted } from '../../kernel/outbox/outbox-transitions.js';
import type { ConversationRepository } from '../../kernel/channels/conversation-repository.js';
import type { OutboxRepository } from '../../kernel/outbox/outbox-repository.js';
import type { Versioned } from '../../kernel/versioned.js';
import type { Logger } from '../logging/logger.js';
import { mayRetry, retryDelayMs, type BackoffOptions } from './backoff.js';
import type { ChannelSender, SentActivity } from './channel-sender.js';
import type { ConversationPacer } from './conversation-pacer.js';
import { NO_RENDERER, rendererFor } from './outbox-renderers.js';
import { DeliveryError } from './delivery-error.js';
import { threadConversation } from './thread-conversation.js';
import { toDeliveryError } from './to-delivery-error.js';

/** Everything one delivery needs; built once by the dispatcher. */
export interface DeliveryContext {
  readonly outbox: OutboxRepository;
  readonly conversations: ConversationRepository;
  readonly sender: ChannelSender;
  readonly renderers: OutboxPayloadRenderers;
  readonly logger: Logger;
  /** Teams' per-conversation limits, keyed by {@link pacingKey}. */
  readonly pacer: ConversationPacer;
  /** The app's limit per tenant, keyed by tenant id. */
  readonly tenantPacer: ConversationPacer;
  readonly backoff: BackoffOptions;
  readonly leaseMs: number;
  readonly now: () => Date;
}

/** What the caller of {@link deliverOutboxMessage} hears about one attempt. */
export interface DeliveryHooks {
  /**
   * Waits for a free place under the rate limits once the message is claimed and rendered, so the
   * request goes out the moment the place is free: `now` (the place is taken), or the time to wait
   * for when that is too long to wait in memory, or `stopped`. Without it the request goes at once.
   */
  readonly waitForTurn?: () => Promise<'now' | 'stopped' | Date>;
  /** Just before the request goes out, so the pacing counts it. */
  readonly onRequest?: () => void;
  /**
   * As soon as the connector answered (or the request failed), before the outcome is stored; called
   * once the sender saw the answer, or when the call returns if the sender could not say earlier.
   */
  readonly onRequestDone?: () => void;
  /** The message went back to pending until `at` (a retry or a wait for its original). */
  readonly onRetryAt?: (at: Date) => void;
}

/** What became of one due message. `skipped`: another dispatcher changed it first. */
export type DeliveryOutcome = 'sent' | 'rescheduled' | 'deferred' | 'failed' | 'superseded' | 'skipped';

/** How long an update waits when its original is being sent right now. */
const ORIGINAL_IN_FLIGHT_WAIT_MS = 5_000;
const MARK_SENT_ATTEMPTS = 3;

/**
 * Delivers one due message (see deliver-in-lanes.ts): its subject type's renderer (none → failed
 * `no-renderer`) → (update, reply: the original's activity) → claim (one attempt, under a lease) →
 * conversation reference → render → its turn under the rate limits → send or update → markSent.
 * Retryable failures are rescheduled with backoff (Retry-After as a minimum) until the attempts
 * run out; `hooks` hear when the request goes out and until when a message waits.
 */
export async function deliverOutboxMessage(
  context: DeliveryContext,
  due: Versioned<OutboxMessage>,
  hooks: DeliveryHooks = {},
): Promise<DeliveryOutcome> {
  const message = due.value;
  const now = context.now();
  const render = rendererFor(context.renderers, message);
  // If-Match on the listed version: a dispatcher that changed it first wins (skipped).
  if (render === undefined) return fail(context, due, NO_RENDERER);
  let targetActivityId: string | undefined;
  let threadActivityId: string | undefined;
  if (message.operation === 'update' || message.operation === 'reply') {
    const original = await originalState(context, message, now);
    if (original.kind === 'gone') return guard(context, due, 'superseded', () => context.outbox.markSuperseded(due, now));
    if (original.kind === 'in-flight') {
      hooks.onRetryAt?.(original.until);
      return guard(context, due, 'deferred', () => context.outbox.reschedule(due, original.until, now));
    }
    if (message.operation === 'update') targetActivityId = original.activityId;
    else threadActivityId = original.activityId;
  }
  const claimed = await context.outbox.claim(due, new Date(now.getTime() + context.leaseMs), now);
  if (claimed === undefined) return 'skipped';
  if (isInterrupted(message)) {
    context.logger.warn(
      logFields(claimed.value),
      'outbox message taken over after an interrupted attempt; it may have been posted already',
    );
  }
  const conversation = await context.conversations.get(message.tenantId, message.conversationId);
  if (conversation === undefined) return fail(context, claimed, 'no-conversation');
  let payload: OutboxPayload;
  try {
    payload = await render(claimed.value);
  } catch (error) {
    return retryOrFail(context, claimed, new DeliveryError({ retryable: true, reason: 'render-error' }, { cause: error }), hooks);
  }
  if (payload.kind === 'skip') return guard(context, claimed, 'superseded', () => context.outbox.markSuperseded(claimed, context.now()));
  const turn = hooks.waitForTurn ? await hooks.waitForTurn() : 'now';
  if (turn !== 'now') {
    // No place soon enough (or stopping): back to pending, unclaimed, and the rest of the lane behind it.
    const at = turn === 'stopped' ? context.now() : turn;
    hooks.onRetryAt?.(at);
    return guard(context, claimed, 'deferred', () => context.outbox.reschedule(claimed, at, context.now()));
  }
  hooks.onRequest?.();
  let sent: SentActivity;
  try {
    const observer = { onAnswered: () => hooks.onRequestDone?.() };
    // A reply is a post to the announcement's thread; an update replaces the original in place.
    if (targetActivityId !== undefined) sent = await context.sender.update(conversation, targetActivityId, payload, observer);
    else if (threadActivityId !== undefined)
      sent = await context.sender.send(threadConversation(conversation, threadActivityId), payload, observer);
    else sent = await context.sender.send(conversation, payload, observer);
  } catch (error) {
    hooks.onRequestDone?.();
    return retryOrFail(context, claimed, toDeliveryError(error, context.now()), hooks);
  }
  hooks.onRequestDone?.();
  return recordSent(context, claimed, sent.activityId);
}

type OriginalState =
  | { readonly kind: 'posted'; readonly activityId: string }
  | { readonly kind: 'in-flight'; readonly until: Date }
  | { readonly kind: 'gone' };

/**
 * An update needs its original's activity, a reply the activity that starts its thread. Not posted
 * yet (pending, failed, superseded, missing) → superseded: the original renders the current state
 * when it goes. Being sent right now → wait a little for the outcome.
 */
async function originalState(context: DeliveryContext, message: OutboxMessage, now: Date): Promise<OriginalState> {
  const originalId = message.operation === 'reply' ? message.repliesToMessageId : message.updatesMessageId;
  const original = originalId === undefined ? undefined : await context.outbox.get(message.tenantId, originalId);
  const value = original?.value;
  if (value?.status === 'sent' && value.activityId !== undefined) return { kind: 'posted', activityId: value.activityId };
  if (value?.status === 'sending') return { kind: 'in-flight', until: new Date(now.getTime() + ORIGINAL_IN_FLIGHT_WAIT_MS) };
  return { kind: 'gone' };
}

async function retryOrFail(
  context: DeliveryContext,
  claimed: Versioned<OutboxMessage>,
  error: DeliveryError,
  hooks: DeliveryHooks,
): Promise<DeliveryOutcome> {
  const now = context.now();
  const attempts = claimed.value.attempts;
  if (error.status === 429) {
    // Teams does not say which limit a 429 is for: hold the conversation and, since it may be the
    // app's limit in the tenant, the tenant too. Holding both never breaks a limit.
    const until = now.getTime() + (error.retryAfterMs ?? 0);
    context.pacer.block(pacingKey(claimed.value), until);
    context.tenantPacer.block(claimed.value.tenantId, until);
  }
  if (!error.retryable || !mayRetry(attempts, context.backoff)) return fail(context, claimed, error.reason, error.status);
  const delayMs = retryDelayMs(attempts, error.retryAfterMs, context.backoff);
  hooks.onRetryAt?.(new Date(now.getTime() + delayMs));
  const fields = { ...logFields(claimed.value), status: error.status, reason: error.reason, delayMs };
  context.logger.warn(fields, 'outbox message rescheduled');
  return guard(context, claimed, 'rescheduled', () =>
    context.outbox.reschedule(claimed, new Date(now.getTime() + delayMs), now, error.reason),
  );
}

async function fail(
  context: DeliveryContext,
  claimed: Versioned<OutboxMessage>,
  reason: string,
  status?: number,
): Promise<DeliveryOutcome> {
  context.logger.error({ ...logFields(claimed.value), status, reason }, 'outbox message failed');
  return guard(context, claimed, 'failed', () => context.outbox.markFailed(claimed, reason, context.now()));
}

/**
 * After the connector accepted the message, recording it matters most: a message left `sending`
 * would be posted again once its lease runs out. So a storage hiccup is retried a few times. The
 * write is If-Match on the claim: when a coalescing update was re-armed meanwhile, it conflicts and
 * the newer request stays pending, to be delivered next (never lost).
 */
async function recordSent(context: DeliveryContext, claimed: Versioned<OutboxMessage>, activityId: string): Promise<DeliveryOutcome> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await context.outbox.markSent(claimed, activityId, context.now());
      context.logger.info(logFields(claimed.value), 'outbox message sent');
      return 'sent';
    } catch (error) {
      if (isDomainError(error, 'conflict') && claimed.value.operation === 'update') {
        context.logger.info(logFields(claimed.value), 'outbox update re-armed while it was sent; the newer one follows');
        return 'sent';
      }
      if (isDomainError(error, 'conflict')) {
        context.logger.error(logFields(claimed.value), 'outbox lease lost before the send was recorded; it may be posted twice');
        return 'sent';
      }
      if (!isDomainError(error, 'storage-unavailable') || attempt >= MARK_SENT_ATTEMPTS) throw error;
    }
  }
}

/** Runs an ETag-guarded write; a conflict means another dispatcher acted first, which is fine. */
async function guard(
  context: DeliveryContext,
  message: Versioned<OutboxMessage>,
  outcome: DeliveryOutcome,
  write: () => Promise<unknown>,
): Promise<DeliveryOutcome> {
  try {
    await write();
    return outcome;
  } catch (error) {
    if (!isDomainError(error, 'conflict')) throw error;
    context.logger.info(logFields(message.value), 'outbox message changed by another dispatcher; left to it');
    return 'skipped';
  }
}

/** Pacing is per conversation; ids are unique per tenant. */
export function pacingKey(message: OutboxMessage): string {
  return `${message.tenantId}|${message.conversationId}`;
}

/** Ids, subject type, topic name and counters only: never a payload. */
export function logFields(message: OutboxMessage): Record<string, unknown> {
  return {
    outboxMessageId: message.id,
    tenantId: message.tenantId,
    subjectType: message.subject?.type,
    topic: message.topic?.name,
    operation: message.operation,
    attempts: message.attempts,
  };
}
