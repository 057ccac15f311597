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
 */
export async function deliverInLanes(
  context: DeliveryContext,
  due: readonly Versioned<OutboxMessage>[],
  options: LaneOptions,
): Promise<LaneCounts> {
  const counts: LaneCounts = { sent: 0, rescheduled: 0, deferred: 0, failed: 0, superseded: 0, skipped: 0, errors: 0 };
  await Promise.all([...lanesOf(due)].map((lane) => runLane(context, lane, counts, options)));
  return counts;
}

/** The due messages grouped by conversation, each group in listing (oldest-first) order. */
function lanesOf(due: readonly Versioned<OutboxMessage>[]): Versioned<OutboxMessage>[][] {
  const lanes = new Map<string, Versioned<OutboxMessage>[]>();
  for (const message of due) {
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
    const turn = await waitForTurn(context, message.value, options);
    if (turn === 'stopped') return;
    if (turn !== 'now') {
      for (const rest of lane.slice(index)) await count(context, counts, rest, () => defer(context, rest, turn));
      return;
    }
    let requested = false;
    try {
      await count(context, counts, message, () => deliverOutboxMessage(context, message, () => (requested = true)));
    } finally {
      const at = context.now().getTime();
      context.pacer.release(pacingKey(message.value), at, requested);
      context.tenantPacer.release(message.value.tenantId, at, requested);
    }
  }
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
): Promise<void> {
  try {
    counts[await work()] += 1;
  } catch (error) {
    counts.errors += 1;
    context.logger.error({ ...logFields(message.value), err: errorSummary(error) }, 'outbox message could not be processed');
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
