import { isDomainError } from '../../kernel/domain-error.js';
import type { OutboxMessage } from '../../kernel/outbox/outbox-message.js';
import { INTERRUPTED, isInterrupted } from '../../kernel/outbox/outbox-transitions.js';
import type { Versioned } from '../../kernel/versioned.js';
import { deliverOutboxMessage, logFields, pacingKey, type DeliveryContext, type DeliveryOutcome } from './deliver-outbox-message.js';

/** How one run paces its lanes. */
export interface LaneOptions {
  /** A wait for a free slot up to this long is waited out in memory; a longer one is written as a reschedule. */
  readonly holdMs: number;
  /** Waits `ms` milliseconds (tests pass one that moves their clock). */
  readonly sleep: (ms: number) => Promise<void>;
  /** True once the dispatcher is asked to stop: lanes end before their next message. */
  readonly isStopping: () => boolean;
  /** Hears the time a message of a lane was put back to (a retry, a long wait), so the dispatcher wakes then. */
  readonly onDueAt?: (at: Date) => void;
  /** Hears that a lane (keyed by {@link pacingKey}) has finished, whatever became of its messages. */
  readonly onLaneDone?: (key: string) => void;
}

/** Counts of what one run did with its messages. */
export type LaneCounts = Record<DeliveryOutcome | 'errors', number>;

/**
 * Delivers due messages in parallel across conversations and in order within each: one lane per
 * conversation (messages oldest first, the next only after the previous finished, so an
 * announcement always goes before its card updates), all lanes at once, each message waiting for
 * a free slot under both Teams' per-conversation limits and the app's per-tenant limit. A short
 * wait is waited out here, with no write; a long one (a 30-second or hourly window, a long
 * Retry-After) reschedules the rest of the lane to that time, so nothing is claimed while it waits.
 * After a message is rescheduled for a retry, the rest of its lane is rescheduled to the same time;
 * after one that could not be processed (storage unreachable), the rest of its lane is left for the
 * next run, untouched.
 */
export async function deliverInLanes(
  context: DeliveryContext,
  due: readonly Versioned<OutboxMessage>[],
  options: LaneOptions,
): Promise<LaneCounts> {
  const counts: LaneCounts = { sent: 0, rescheduled: 0, deferred: 0, failed: 0, superseded: 0, skipped: 0, errors: 0 };
  await Promise.all(
    [...lanesOf(due)].map(async (lane) => {
      try {
        await runLane(context, lane, counts, options);
      } finally {
        options.onLaneDone?.(pacingKey(lane[0]!.value));
      }
    }),
  );
  return counts;
}

/**
 * The due messages grouped by conversation, each group oldest first. Sorted here rather than
 * trusting the listing's order: a cross-partition `ORDER BY` is merged by the SDK, and the order
 * within a conversation is what keeps an announcement before its card updates.
 */
function lanesOf(due: readonly Versioned<OutboxMessage>[]): Versioned<OutboxMessage>[][] {
  const lanes = new Map<string, Versioned<OutboxMessage>[]>();
  const oldestFirst = [...due].sort((a, b) => a.value.createdAt.localeCompare(b.value.createdAt));
  for (const message of oldestFirst) {
    const key = pacingKey(message.value);
    lanes.set(key, [...(lanes.get(key) ?? []), message]);
  }
  return [...lanes.values()];
}

async function runLane(
  context: DeliveryContext,
  lane: readonly Versioned<OutboxMessage>[],
  counts: LaneCounts,
  options: LaneOptions,
): Promise<void> {
  for (const [index, message] of lane.entries()) {
    if (options.isStopping()) return;
    // A lane that must wait longer than holdMs is rescheduled as a whole, before anything is claimed.
    const later = longWait(context, message.value, options);
    if (later !== undefined) {
      options.onDueAt?.(later);
      return deferAll(context, counts, lane.slice(index), later);
    }
    // The place is taken only once the message is claimed and rendered (waitForTurn), so the request
    // goes out the moment it is free; it is given back as soon as the connector answered, counted
    // at that time (the latest Teams can have counted it), not after the outcome is stored.
    let acquired = false;
    let released = false;
    const release = (sent: boolean): void => {
      if (!acquired || released) return;
      released = true;
      const at = context.now().getTime();
      context.pacer.release(pacingKey(message.value), at, sent);
      context.tenantPacer.release(message.value.tenantId, at, sent);
    };
    let retryAt: Date | undefined;
    const hooks = {
      waitForTurn: async () => {
        const turn = await waitForTurn(context, message.value, options);
        acquired = turn === 'now';
        return turn;
      },
      onRequestDone: () => release(true),
      onRetryAt: (at: Date) => (retryAt = at),
    };
    let processed = false;
    try {
      processed = await count(context, counts, message, () => deliverOutboxMessage(context, message, hooks));
    } finally {
      release(false);
    }
    // A message that could not be processed stays as it was, due, and goes first in the next run.
    if (!processed) return;
    // The rest of the lane waits behind a message that will be retried, so it never overtakes it.
    if (retryAt !== undefined) {
      options.onDueAt?.(retryAt);
      return deferAll(context, counts, lane.slice(index + 1), retryAt);
    }
  }
}

async function deferAll(
  context: DeliveryContext,
  counts: LaneCounts,
  messages: readonly Versioned<OutboxMessage>[],
  at: Date,
): Promise<void> {
  for (const message of messages) {
    if (!(await count(context, counts, message, () => defer(context, message, at)))) return;
  }
}

/** When the message's conversation or tenant has no place for longer than `holdMs`: the time it will; else undefined. */
function longWait(context: DeliveryContext, message: OutboxMessage, options: LaneOptions): Date | undefined {
  const now = context.now().getTime();
  const slot = Math.max(context.pacer.nextSlot(pacingKey(message), now), context.tenantPacer.nextSlot(message.tenantId, now));
  return Number.isFinite(slot) && slot - now > options.holdMs ? new Date(slot) : undefined;
}

/**
 * Waits until one more request to the message's conversation fits both limits and takes the place
 * at once (no await between the check and the take, so two lanes never take the same place):
 * `now`, or the time to reschedule to when the wait is longer than `holdMs`, or `stopped`.
 */
async function waitForTurn(context: DeliveryContext, message: OutboxMessage, options: LaneOptions): Promise<'now' | 'stopped' | Date> {
  const conversation = pacingKey(message);
  for (;;) {
    if (options.isStopping()) return 'stopped';
    const now = context.now().getTime();
    const slot = Math.max(context.pacer.nextSlot(conversation, now), context.tenantPacer.nextSlot(message.tenantId, now));
    if (slot <= now) {
      context.pacer.acquire(conversation);
      context.tenantPacer.acquire(message.tenantId);
      return 'now';
    }
    if (slot === Infinity) await Promise.race([context.pacer.whenReleased(), context.tenantPacer.whenReleased()]);
    else if (slot - now > options.holdMs) return new Date(slot);
    else await options.sleep(slot - now);
  }
}

/** Back to pending until `at`, unclaimed; a taken-over message keeps its mark, so the interruption stays visible. */
async function defer(context: DeliveryContext, message: Versioned<OutboxMessage>, at: Date): Promise<DeliveryOutcome> {
  const mark = isInterrupted(message.value) ? INTERRUPTED : undefined;
  try {
    await context.outbox.reschedule(message, at, context.now(), mark);
    return 'deferred';
  } catch (error) {
    if (!isDomainError(error, 'conflict')) throw error;
    return 'skipped';
  }
}

async function count(
  context: DeliveryContext,
  counts: LaneCounts,
  message: Versioned<OutboxMessage>,
  work: () => Promise<DeliveryOutcome>,
): Promise<boolean> {
  try {
    counts[await work()] += 1;
    return true;
  } catch (error) {
    counts.errors += 1;
    context.logger.error({ ...logFields(message.value), err: errorSummary(error) }, 'outbox message could not be processed');
    return false;
  }
}

/** Name and code of an error, never its message (which may echo a service's text). */
export function errorSummary(error: unknown): Record<string, unknown> {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return {
    name: typeof name === 'string' ? name : typeof error,
    code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
  };
}
