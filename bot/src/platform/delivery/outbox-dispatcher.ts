import type { OutboxPayloadRenderers } from '../../kernel/outbox/outbox-payload.js';
import type { ConversationRepository } from '../../kernel/channels/conversation-repository.js';
import type { OutboxRepository } from '../../kernel/outbox/outbox-repository.js';
import type { Logger } from '../logging/logger.js';
import type { BackoffOptions } from './backoff.js';
import type { ChannelSender } from './channel-sender.js';
import { ConversationPacer } from './conversation-pacer.js';
import { deliverOutboxMessage, logFields, type DeliveryContext, type DeliveryOutcome } from './deliver-outbox-message.js';

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
  /** Per-conversation pacing (default: Teams' documented limits, {@link TEAMS_CONVERSATION_LIMITS}). */
  readonly pacing?: ConversationPacer;
  /** Backoff, jitter and the number of attempts (default 8). */
  readonly backoff?: BackoffOptions;
  /** Messages taken per run (default 50). */
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
  /** Processes the messages due now, one at a time, oldest first. Runs never overlap. */
  runOnce(): Promise<OutboxRunResult>;
  /** Runs every `intervalMs` (at once again while batches come back full) until stopped. */
  start(intervalMs: number): void;
  /** Stops after the message in flight (never mid-send) and resolves when it is done. */
  stop(): Promise<void>;
}

const DEFAULT_BATCH_SIZE = 50;
const DEFAULT_LEASE_MS = 2 * 60_000;

/** Creates the dispatcher that drains the persistent outbox through a ChannelSender. */
export function createOutboxDispatcher(options: OutboxDispatcherOptions): OutboxDispatcher {
  const context = deliveryContext(options);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let stopping = false;
  let running: Promise<OutboxRunResult> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let started = false;

  const runOnce = (): Promise<OutboxRunResult> => {
    const run = (running ?? Promise.resolve()).catch(() => undefined).then(() => runBatch(context, batchSize, () => stopping));
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
      // A full batch means more may be due: go again at once, unless messages are failing to process.
      full = result.listed >= batchSize && result.errors === 0;
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
    backoff: options.backoff ?? {},
    leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
    now: options.now ?? (() => new Date()),
  };
}

/** Lists what is due and delivers it one message at a time, stopping between messages when asked. */
async function runBatch(context: DeliveryContext, batchSize: number, isStopping: () => boolean): Promise<OutboxRunResult> {
  const counts = { listed: 0, sent: 0, rescheduled: 0, deferred: 0, failed: 0, superseded: 0, skipped: 0, errors: 0 };
  context.pacer.sweep(context.now().getTime());
  const due = await context.outbox.listDue(context.now(), batchSize);
  counts.listed = due.length;
  for (const message of due) {
    if (isStopping()) break;
    try {
      counts[await deliverOutboxMessage(context, message)] += 1;
    } catch (error) {
      counts.errors += 1;
      context.logger.error({ ...logFields(message.value), err: errorSummary(error) }, 'outbox message could not be processed');
    }
  }
  return counts;
}

/** Name and code of an error, never its message (which may echo a service's text). */
function errorSummary(error: unknown): Record<string, unknown> {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return {
    name: typeof name === 'string' ? name : typeof error,
    code: typeof code === 'string' || typeof code === 'number' ? code : undefined,
  };
}
