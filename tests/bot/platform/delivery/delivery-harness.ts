import type { CloudAdapter } from 'botbuilder';
import type { OutboxMessage, OutboxSubject } from '../../../../bot/src/kernel/outbox/outbox-message.js';
import type { OutboxPayload, OutboxPayloadRenderers } from '../../../../bot/src/kernel/outbox/outbox-payload.js';
import { newOutboxMessage, type NewOutboxMessageInput } from '../../../../bot/src/kernel/outbox/new-outbox-message.js';
import type { OutboxRepository } from '../../../../bot/src/kernel/outbox/outbox-repository.js';
import type { StoredConversation } from '../../../../bot/src/kernel/channels/stored-conversation.js';
import type { ConversationPacer } from '../../../../bot/src/platform/delivery/conversation-pacer.js';
import { createOutboxDispatcher, type OutboxDispatcher } from '../../../../bot/src/platform/delivery/outbox-dispatcher.js';
import { TeamsChannelSender } from '../../../../bot/src/platform/delivery/teams-channel-sender.js';
import type { ChannelSender } from '../../../../bot/src/platform/delivery/channel-sender.js';
import { CosmosConversationRepository } from '../../../../bot/src/platform/storage/cosmos/cosmos-conversation-repository.js';
import { CosmosOutboxRepository } from '../../../../bot/src/platform/storage/cosmos/cosmos-outbox-repository.js';
import type { StorageContainers } from '../../../../bot/src/platform/storage/cosmos/storage-layout.js';
import { createBotAdapter } from '../../../../bot/src/platform/teams/create-bot-adapter.js';
import type { FakeConnector } from '../../../support/fake-connector/fake-connector-server.js';
import { RecordingLogger } from '../../../support/recording-logger.js';

/** A clock the test moves by hand. */
export class ManualClock {
  constructor(private time: number) {}
  /** The current time. */
  now = (): Date => new Date(this.time);
  /** Moves the clock forward. */
  advance(ms: number): void {
    this.time += ms;
  }
  /** Waits `ms` by moving the clock (the dispatcher's sleep); a lane checks its slot and sleeps with no await between, so lanes never add up. */
  sleep = async (ms: number): Promise<void> => {
    this.advance(ms);
  };
  /** Moves the clock to an ISO time (never backwards). */
  advanceTo(iso: string): void {
    this.time = Math.max(this.time, Date.parse(iso));
  }
}

/** The subject type the delivery tests' messages have; {@link newDispatcher} renders it unless told otherwise. */
export const SUBJECT_TYPE = 'settlement';

/** The subject of {@link SUBJECT_TYPE} with the given id. */
export function subjectOf(id: string): OutboxSubject {
  return { type: SUBJECT_TYPE, id };
}

/** The test start time. */
export const T0 = Date.parse('2026-11-24T10:00:00.000Z');

/** A bot adapter as the app builds it: no app id, so no authentication (as with the Agents Playground). */
export function localAdapter(logger = new RecordingLogger()): CloudAdapter {
  return createBotAdapter({ bot: { appId: '', appPassword: '', appType: 'MultiTenant', appTenantId: '' }, logger });
}

/** A channel conversation reference whose serviceUrl is the fake connector. */
export function channelConversation(
  connector: Pick<FakeConnector, 'serviceUrl'>,
  tenantId: string,
  conversationId: string,
): StoredConversation {
  return {
    tenantId,
    conversationId,
    scope: 'channel',
    serviceUrl: connector.serviceUrl,
    reference: {
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      bot: { id: '28:introteam-bot', name: 'Introteam' },
      conversation: { id: conversationId, conversationType: 'channel', isGroup: true, tenantId },
    },
    teamId: '19:team@thread.tacv2',
    updatedAt: new Date(T0).toISOString(),
  };
}

/** A renderer whose text names the message id, so every recorded activity can be traced to its message. */
export async function renderById(message: OutboxMessage): Promise<OutboxPayload> {
  return { kind: 'text', text: `outbox:${message.id}` };
}

/** The outbox message id a recorded activity was rendered from (see {@link renderById}). */
export function messageIdOf(activity: Readonly<Record<string, unknown>>): string | undefined {
  const text = activity['text'];
  return typeof text === 'string' && text.startsWith('outbox:') ? text.slice('outbox:'.length) : undefined;
}

/** Options for {@link newDispatcher}. */
export interface TestDispatcherOptions {
  readonly containers: StorageContainers;
  readonly clock: ManualClock;
  readonly sender?: ChannelSender;
  /** The renderer for {@link SUBJECT_TYPE} (default {@link renderById}). */
  readonly render?: (message: OutboxMessage) => Promise<OutboxPayload>;
  /** All renderers by subject type, instead of `render`. */
  readonly renderers?: OutboxPayloadRenderers;
  readonly logger?: RecordingLogger;
  readonly pacing?: ConversationPacer;
  readonly tenantPacing?: ConversationPacer;
  readonly leaseMs?: number;
  readonly batchSize?: number;
  /** Wraps the new repository (e.g. to hold a listing at a barrier). */
  readonly wrapOutbox?: (outbox: OutboxRepository) => OutboxRepository;
}

/** A dispatcher with its own, new repository objects on the given database (as after a restart). */
export function newDispatcher(options: TestDispatcherOptions): { dispatcher: OutboxDispatcher; outbox: CosmosOutboxRepository } {
  const outbox = new CosmosOutboxRepository(options.containers.outbox);
  const dispatcher = createOutboxDispatcher({
    outbox: options.wrapOutbox?.(outbox) ?? outbox,
    conversations: new CosmosConversationRepository(options.containers.core),
    sender: options.sender ?? new TeamsChannelSender({ adapter: localAdapter(), appId: '', requestTimeoutMs: 5_000 }),
    renderers: options.renderers ?? { [SUBJECT_TYPE]: options.render ?? renderById },
    logger: options.logger ?? new RecordingLogger(),
    now: options.clock.now,
    // Waiting for a pacing slot moves the test's clock instead of sleeping.
    sleep: options.clock.sleep,
    backoff: { baseMs: 1_000, maxMs: 60_000, maxAttempts: 8, random: () => 0.5 },
    ...(options.pacing === undefined ? {} : { pacing: options.pacing }),
    ...(options.tenantPacing === undefined ? {} : { tenantPacing: options.tenantPacing }),
    ...(options.leaseMs === undefined ? {} : { leaseMs: options.leaseMs }),
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
  });
  return { dispatcher, outbox };
}

/** A pending message created at the clock's time. */
export function message(clock: ManualClock, input: Omit<NewOutboxMessageInput, 'now'>): OutboxMessage {
  return newOutboxMessage({ ...input, now: clock.now() });
}

/** Saves channel conversations for the given ids (as the bot does on install). */
export async function saveConversations(
  containers: StorageContainers,
  connector: Pick<FakeConnector, 'serviceUrl'>,
  tenantId: string,
  conversationIds: readonly string[],
): Promise<void> {
  const conversations = new CosmosConversationRepository(containers.core);
  for (const conversationId of conversationIds) {
    await conversations.save(channelConversation(connector, tenantId, conversationId));
  }
}

/** How many accepted activities each outbox message produced (by {@link renderById}'s marker). */
export function acceptedPerMessage(connector: Pick<FakeConnector, 'accepted'>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of connector.accepted()) {
    const id = messageIdOf(request.activity);
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Runs the dispatcher, moving the clock to each next attempt, until nothing is pending (at most `rounds` runs). */
export async function drain(
  dispatcher: OutboxDispatcher,
  outbox: OutboxRepository,
  clock: ManualClock,
  tenantId: string,
  subject: OutboxSubject,
  rounds = 20,
): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    await dispatcher.runOnce();
    const open = (await outbox.listForSubject(tenantId, subject)).filter(
      (message) => message.status === 'pending' || message.status === 'sending',
    );
    if (open.length === 0) return;
    const next = open.map((message) => (message.status === 'sending' ? message.leaseUntil! : message.nextAttemptAt)).sort()[0]!;
    clock.advanceTo(next);
  }
  throw new Error(`the outbox did not drain in ${rounds} runs`);
}
