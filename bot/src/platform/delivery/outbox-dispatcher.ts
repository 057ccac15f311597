import type { OutboxPayloadRenderers } from '../../kernel/outbox/outbox-payload.js';
import type { ConversationRepository } from '../../kernel/channels/conversation-repository.js';
import type { OutboxRepository } from '../../kernel/outbox/outbox-repository.js';
import type { OutboxMessage } from '../../kernel/outbox/outbox-message.js';
import type { Versioned } from '../../kernel/versioned.js';
import type { OutboxSignal } from '../../kernel/outbox/outbox-signal.js';
import type { Logger } from '../logging/logger.js';
import type { BackoffOptions } from './backoff.js';
import type { ChannelSender } from './channel-sender.js';
import { ConversationPacer } from './conversation-pacer.js';
import { pacingKey, type DeliveryContext, type DeliveryOutcome } from './deliver-outbox-message.js';
import { deliverInLanes, errorSummary, type LaneCounts, type LaneOptions } from './deliver-in-lanes.js';
import { WakeUpTimer } from './wake-up-timer.js';
import { TEAMS_TENANT_LIMITS } from './teams-rate-limits.js';

/** Options for {@link createOutboxDispatcher}. */
export interface OutboxDispatcherOptions {
  readonly outbox: OutboxRepository;
  /** Where each message's conversation reference is looked up. */
  readonly conversations: ConversationRepository;
  readonly sender: ChannelSender;
  /**
   * One renderer per subject type (e.g. `settlement`), each rendering a message's payload from the
   * current state when it is sent; a message whose subject type has none fails with `no-renderer`.
   */
  readonly renderers: OutboxPayloadRenderers;
  readonly logger: Logger;
  /** Clock (default: system clock); tests inject one to step through backoff without sleeping. */
  readonly now?: () => Date;
  /** Per-conversation pacing (default: Teams' documented limits, `TEAMS_CONVERSATION_LIMITS`). */
  readonly pacing?: ConversationPacer;
  /** Per-tenant pacing of the app (default: {@link TEAMS_TENANT_LIMITS}). */
  readonly tenantPacing?: ConversationPacer;
  /** Waits for a free slot up to this long in memory, longer ones are rescheduled (default 2 s, the longest short window). */
  readonly holdMs?: number;
  /** Waits `ms` (default: a timer); tests pass one that moves their clock. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Backoff, jitter and the number of attempts (default 8). */
  readonly backoff?: BackoffOptions;
  /** Messages taken per run (default 100). */
  readonly batchSize?: number;
  /** How long a claim holds a message, in ms (default 2 min); must exceed the sender's request timeout. */
  readonly leaseMs?: number;
  /** What this process queues (see OutboxSignal); once started, the dispatcher wakes on it instead of waiting for its poll. */
  readonly signal?: OutboxSignal;
  /**
   * After a message is queued, the listing waits until no other was queued for this long (default
   * 50 ms), but at most `maxGatherMs` (default 500 ms) from the first: the messages of one fan-out,
   * queued together, then go out together and use the limits' burst in full.
   */
  readonly gatherMs?: number;
  readonly maxGatherMs?: number;
}

/** What one run did. */
export interface OutboxRunResult extends Readonly<Record<DeliveryOutcome, number>> {
  /** Due messages the run found. */
  readonly listed: number;
  /** Messages whose processing threw (e.g. storage unavailable); they are picked up again later. */
  readonly errors: number;
}

/** Sends what the outbox holds; keeps nothing in memory that a restart would miss (pacing history aside). */
export interface OutboxDispatcher {
  /** Processes the messages due now: conversations in parallel, each oldest first. Runs never overlap. */
  runOnce(): Promise<OutboxRunResult>;
  /**
   * Delivers until stopped: lists at once, then whenever the signal says a message is due (after
   * `gatherMs`), at each retry time it wrote, when a conversation it skipped (being delivered) is
   * free again, and at least every `idlePollMs` for what it cannot hear of: messages queued by
   * another process, and leases of a crashed one running out. Listings never overlap, and a
   * conversation is in one lane at a time, so new messages start while earlier lanes still wait
   * for the limits.
   */
  start(idlePollMs: number): void;
  /** Stops after the messages in flight (never mid-send) and resolves when they are done. */
  stop(): Promise<void>;
}

const DEFAULT_BATCH_SIZE = 100;
const DEFAULT_HOLD_MS = 2_000;
const DEFAULT_LEASE_MS = 2 * 60_000;
const DEFAULT_GATHER_MS = 50;
const DEFAULT_MAX_GATHER_MS = 500;
/** After a listing or a message that could not be processed (storage unreachable), the next try. */
const ERROR_RETRY_MS = 1_000;

/** Creates the dispatcher that drains the persistent outbox through a ChannelSender. */
export function createOutboxDispatcher(options: OutboxDispatcherOptions): OutboxDispatcher {
  const context = deliveryContext(options);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const gatherMs = options.gatherMs ?? DEFAULT_GATHER_MS;
  const maxGatherMs = options.maxGatherMs ?? DEFAULT_MAX_GATHER_MS;
  /** When the first message queued since the last listing was heard of. */
  let gatheringSince: number | undefined;
  const nowMs = () => context.now().getTime();
  /** Conversations with a lane running: a later listing leaves their messages to that lane's end. */
  const busy = new Set<string>();
  const deliveries = new Set<Promise<unknown>>();
  let stopping = false;
  let started = false;
  let idlePollMs = 0;
  let unsubscribe: (() => void) | undefined;
  let listing = false;
  let listAgain = false;
  /** Set when a heard message waits for its conversation's lane: the lane's end ticks again. */
  let waitingForHeard = false;
  /** Set when a tick came while one was running: it runs again after. */
  let tickAgain = false;
  let waitingForLane = false;
  let running: Promise<OutboxRunResult> | undefined;

  /**
   * Messages this process wrote as pending, heard through the signal with the ETag of that write
   * (latest per message): delivered by claiming that version, with no listing. A listing of what
   * is due (a query over the whole outbox) runs only at start, at the idle poll, at retry times,
   * after errors, and when a lane it had to leave alone is free again.
   */
  const heardMessages = new Map<string, Versioned<OutboxMessage>>();
  /** When the next listing is needed (epoch ms); at once on start. */
  let listingAtMs = -Infinity;
  /** Retry times this dispatcher wrote (each needs a listing when it comes). */
  let retryTimes: number[] = [];
  const listAt = (atMs: number): void => {
    retryTimes.push(atMs);
    listingAtMs = Math.min(listingAtMs, atMs);
    if (started && !stopping) timer.wakeAt(atMs);
  };
  const laneOptions: LaneOptions = {
    holdMs: options.holdMs ?? DEFAULT_HOLD_MS,
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    isStopping: () => stopping,
    onDueAt: (at) => listAt(at.getTime()),
    onLaneDone: (key) => {
      busy.delete(key);
      if (waitingForHeard) {
        waitingForHeard = false;
        timer.wakeAt(nowMs());
      }
      if (!waitingForLane) return;
      waitingForLane = false;
      listAt(nowMs());
    },
  };

  const track = <T>(work: Promise<T>): Promise<T> => {
    deliveries.add(work);
    void work.finally(() => deliveries.delete(work)).catch(() => undefined);
    return work;
  };

  const tick = async (): Promise<void> => {
    if (!started || stopping) return;
    if (listing) {
      tickAgain = true;
      return;
    }
    listing = true;
    tickAgain = false;
    gatheringSince = undefined;
    const startedAt = nowMs();
    const mustList = listAgain || startedAt >= listingAtMs;
    listAgain = false;
    try {
      if (mustList) {
        // The listing finds every due message, the heard ones too.
        heardMessages.clear();
        retryTimes = retryTimes.filter((time) => time > startedAt);
        listingAtMs = Math.min(startedAt + idlePollMs, ...retryTimes);
        const { listed, delivery, leftToLanes } = await startBatch(context, batchSize, busy, laneOptions);
        track(delivery);
        if (leftToLanes > 0) waitingForLane = true;
        // A full page may hide more due messages behind it; list again once there is room.
        if (listed >= batchSize && leftToLanes < listed) listAgain = true;
        retryAfterErrors(delivery);
      } else if (heardMessages.size > 0) {
        const heard = [...heardMessages.values()];
        heardMessages.clear();
        const free: Versioned<OutboxMessage>[] = [];
        for (const message of heard) {
          if (!busy.has(pacingKey(message.value))) free.push(message);
          else {
            // Its conversation has a lane running: the message waits, and goes when that lane is done.
            heardMessages.set(messageKey(message), message);
            waitingForHeard = true;
          }
        }
        for (const message of free) busy.add(pacingKey(message.value));
        const delivery = deliverInLanes(context, free, laneOptions);
        track(delivery);
        retryAfterErrors(delivery);
      }
    } catch (error) {
      options.logger.error({ err: errorSummary(error) }, 'outbox run failed');
      listingAtMs = Math.min(listingAtMs, nowMs() + Math.min(idlePollMs, ERROR_RETRY_MS));
    } finally {
      listing = false;
    }
    if (!started || stopping) return;
    // The next tick: at once for a full page, when the gathering of newly queued messages is over,
    // or at the next listing (the idle poll counts from the last listing).
    const now = nowMs();
    if (listAgain || tickAgain) timer.pollAt(now);
    else if (gatheringSince !== undefined) timer.pollAt(Math.min(now + gatherMs, gatheringSince + maxGatherMs));
    else timer.pollAt(listingAtMs);
  };
  /** After a delivery with errors (e.g. storage unreachable), the messages are found again by a listing soon. */
  const retryAfterErrors = (delivery: Promise<LaneCounts>): void => {
    void delivery
      .then((counts) => {
        if (counts.errors > 0) listAt(nowMs() + ERROR_RETRY_MS);
      })
      .catch(() => undefined);
  };
  const timer = new WakeUpTimer(nowMs, () => void track(tick()));
  /** A message written in this process: delivered once the queuing has paused, or listed at its due time. */
  const heard = (message: Versioned<OutboxMessage>): void => {
    if (!started || stopping) return;
    const now = nowMs();
    const dueAtMs = Date.parse(message.value.nextAttemptAt);
    // Not due yet (a retry time): the listing at that time finds it; a heard message is claimed only when due.
    if (dueAtMs > now) return listAt(dueAtMs);
    heardMessages.set(messageKey(message), message);
    gatheringSince ??= now;
    timer.pollAt(Math.min(now + gatherMs, gatheringSince + maxGatherMs));
  };

  const runOnce = (): Promise<OutboxRunResult> => {
    const run = (running ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        const { listed, delivery } = await startBatch(context, batchSize, busy, laneOptions);
        return { listed, ...(await delivery) };
      });
    running = run;
    void track(run)
      .finally(() => {
        if (running === run) running = undefined;
      })
      .catch(() => undefined);
    return run;
  };

  return {
    runOnce,
    start(pollMs) {
      if (started) return;
      started = true;
      idlePollMs = pollMs;
      unsubscribe = options.signal?.subscribe(heard);
      listingAtMs = -Infinity;
      timer.wakeAt(nowMs());
    },
    async stop() {
      started = false;
      stopping = true;
      unsubscribe?.();
      unsubscribe = undefined;
      timer.cancel();
      while (deliveries.size > 0) await Promise.allSettled([...deliveries]);
      stopping = false;
    },
  };
}

/** One message's key among the heard ones. */
function messageKey(message: Versioned<OutboxMessage>): string {
  return `${message.value.tenantId}|${message.value.id}`;
}

/** The per-message dependencies, with defaults filled in. */
function deliveryContext(options: OutboxDispatcherOptions): DeliveryContext {
  return {
    outbox: options.outbox,
    conversations: options.conversations,
    sender: options.sender,
    renderers: options.renderers,
    logger: options.logger,
    pacer: options.pacing ?? new ConversationPacer(),
    tenantPacer: options.tenantPacing ?? new ConversationPacer(TEAMS_TENANT_LIMITS),
    backoff: options.backoff ?? {},
    leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
    now: options.now ?? (() => new Date()),
  };
}

/** What {@link startBatch} started. */
interface StartedBatch {
  /** Due messages listed. */
  readonly listed: number;
  /** Listed messages left alone because their conversation's lane is still running. */
  readonly leftToLanes: number;
  /** The lanes of the others, in parallel (see deliver-in-lanes.ts), until they are done. */
  readonly delivery: Promise<LaneCounts>;
}

/** Lists what is due and starts delivering it, leaving out conversations that have a lane running (`busy`, which it fills). */
async function startBatch(context: DeliveryContext, batchSize: number, busy: Set<string>, lanes: LaneOptions): Promise<StartedBatch> {
  const now = context.now();
  context.pacer.sweep(now.getTime());
  context.tenantPacer.sweep(now.getTime());
  const due = await context.outbox.listDue(now, batchSize);
  const free = due.filter((message) => !busy.has(pacingKey(message.value)));
  for (const message of free) busy.add(pacingKey(message.value));
  return { listed: due.length, leftToLanes: due.length - free.length, delivery: deliverInLanes(context, free, lanes) };
}
