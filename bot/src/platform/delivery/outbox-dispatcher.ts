import type { OutboxPayloadRenderers } from '../../kernel/outbox/outbox-payload.js';
import type { ConversationRepository } from '../../kernel/channels/conversation-repository.js';
import type { OutboxRepository } from '../../kernel/outbox/outbox-repository.js';
import type { Logger } from '../logging/logger.js';
import type { BackoffOptions } from './backoff.js';
import type { ChannelSender } from './channel-sender.js';
import { ConversationPacer } from './conversation-pacer.js';
import type { DeliveryContext, DeliveryOutcome } from './deliver-outbox-message.js';
import { deliverInLanes, errorSummary, type LaneOptions } from './deliver-in-lanes.js';
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
  /** Runs every `intervalMs` (at once again after a full batch or a run that sent) until stopped. */
  start(intervalMs: number): void;
  /** Stops after the messages in flight (never mid-send) and resolves when they are done. */
  stop(): Promise<void>;
}

const DEFAULT_BATCH_SIZE = 100;
const DEFAULT_HOLD_MS = 2_000;
const DEFAULT_LEASE_MS = 2 * 60_000;

/** Creates the dispatcher that drains the persistent outbox through a ChannelSender. */
export function createOutboxDispatcher(options: OutboxDispatcherOptions): OutboxDispatcher {
  const context = deliveryContext(options);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let stopping = false;
  let running: Promise<OutboxRunResult> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let started = false;

  const runOnce = (): Promise<OutboxRunResult> => {
    const run = (running ?? Promise.resolve())
      .catch(() => undefined)
      .then(() =>
        runBatch(context, batchSize, {
          holdMs: options.holdMs ?? DEFAULT_HOLD_MS,
          sleep,
          isStopping: () => stopping,
        }),
      );
    running = run;
    void run
      .finally(() => {
        if (running === run) running = undefined;
      })
      .catch(() => undefined);
    return run;
  };

  const tick = async (intervalMs: number): Promise<void> => {
    timer = undefined;
    let full = false;
    try {
      const result = await runOnce();
      // A full batch means more may be due, and a run that sent may have left newer messages behind
      // (a fan-out still being queued): go again at once, unless messages are failing to process.
      full = (result.listed >= batchSize || result.sent > 0) && result.errors === 0;
    } catch (error) {
      options.logger.error({ err: errorSummary(error) }, 'outbox run failed');
    }
    if (started && !stopping) timer = setTimeout(() => void tick(intervalMs), full ? 0 : intervalMs);
  };

  return {
    runOnce,
    start(intervalMs) {
      if (started) return;
      started = true;
      timer = setTimeout(() => void tick(intervalMs), 0);
    },
    async stop() {
      started = false;
      stopping = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await running?.catch(() => undefined);
      stopping = false;
    },
  };
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

/** Lists what is due and delivers it in per-conversation lanes, in parallel (see deliver-in-lanes.ts). */
async function runBatch(context: DeliveryContext, batchSize: number, lanes: LaneOptions): Promise<OutboxRunResult> {
  const now = context.now();
  context.pacer.sweep(now.getTime());
  context.tenantPacer.sweep(now.getTime());
  const due = await context.outbox.listDue(now, batchSize);
  return { listed: due.length, ...(await deliverInLanes(context, due, lanes)) };
}
