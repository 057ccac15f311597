import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { OutboxMessage, OutboxSubject } from '../../../../bot/src/kernel/outbox/outbox-message.js';
import type { ChannelSender } from '../../../../bot/src/platform/delivery/channel-sender.js';
import { TeamsChannelSender } from '../../../../bot/src/platform/delivery/teams-channel-sender.js';
import { CosmosOutboxRepository } from '../../../../bot/src/platform/storage/cosmos/cosmos-outbox-repository.js';
import { createTestStorage, type TestStorage } from '../../../support/cosmos/test-cosmos.js';
import type { RecordedRequest } from '../../../support/fake-connector/fake-connector-server.js';
import {
  startLimitEnforcingConnector,
  TEAMS_LIMITS,
  type LimitEnforcingConnector,
} from '../../../support/fake-connector/limit-enforcing-connector.js';
import {
  ManualClock,
  localAdapter,
  T0,
  acceptedPerMessage,
  drain,
  message,
  messageIdOf,
  newDispatcher,
  saveConversations,
  subjectOf,
} from './delivery-harness.js';

const CHANNELS = 50;
const unitOf = (index: number): string => `unit-${index}`;
const channelOf = (index: number): string => `19:unit-${index}@thread.tacv2`;

describe('OutboxDispatcher fan-out through a connector that enforces Teams’ limits (embedded Cosmos DB)', () => {
  let storage: TestStorage;
  let clock: ManualClock;
  let tenantId: string;
  let subject: OutboxSubject;
  let connector: LimitEnforcingConnector | undefined;

  beforeEach(async () => {
    storage = await createTestStorage();
    clock = new ManualClock(T0);
    tenantId = randomUUID();
    subject = subjectOf(randomUUID());
  });
  afterEach(async () => {
    await connector?.stop();
    connector = undefined;
    await storage.dispose();
  });

  /** An announcement, then a card update, to each of the channels. */
  async function enqueueFanOut(outbox: CosmosOutboxRepository): Promise<OutboxMessage[]> {
    const queued: OutboxMessage[] = [];
    const base = { tenantId, subject } as const;
    for (let index = 0; index < CHANNELS; index += 1) {
      const announcement = message(clock, {
        ...base,
        unitId: unitOf(index),
        topic: { name: 'announcement' },
        conversationId: channelOf(index),
      });
      await outbox.enqueue(announcement);
      queued.push(announcement);
    }
    clock.advance(1);
    for (let index = 0; index < CHANNELS; index += 1) {
      const update = message(clock, {
        ...base,
        unitId: unitOf(index),
        topic: { name: 'card-update', revision: 'r1' },
        conversationId: channelOf(index),
        operation: 'update',
        updatesTopic: { name: 'announcement' },
      });
      await outbox.rearm(update);
      queued.push(update);
    }
    return queued;
  }

  function assertDeliveredOnceInOrder(queued: readonly OutboxMessage[], received: readonly RecordedRequest[]): void {
    const delivered = acceptedPerMessage({ accepted: () => [...received] });
    assert.deepEqual([...delivered.keys()].sort(), queued.map((queuedMessage) => queuedMessage.id).sort(), 'none lost');
    assert.ok(
      [...delivered.values()].every((count) => count === 1),
      'none duplicated',
    );
    for (let index = 0; index < CHANNELS; index += 1) {
      const inChannel = received.filter((request) => request.conversationId === channelOf(index));
      assert.deepEqual(
        inChannel.map((request) => request.method),
        ['POST', 'PUT'],
        `the announcement goes before its card update in ${channelOf(index)}`,
      );
    }
  }

  it('should deliver 50 announcements and their card updates to 50 channels with no 429, none lost or duplicated, in order per channel', async () => {
    connector = await startLimitEnforcingConnector({ now: () => clock.now().getTime() });
    await saveConversations(
      storage.containers,
      { serviceUrl: connector.url },
      tenantId,
      Array.from({ length: CHANNELS }, (_, index) => channelOf(index)),
    );
    const real = new TeamsChannelSender({ adapter: localAdapter(), appId: '', requestTimeoutMs: 5_000 });
    let inFlight = 0;
    let maxInFlight = 0;
    const watched = async <T>(request: () => Promise<T>): Promise<T> => {
      maxInFlight = Math.max(maxInFlight, (inFlight += 1));
      try {
        return await request();
      } finally {
        inFlight -= 1;
      }
    };
    const sender: ChannelSender = {
      send: (conversation, payload) => watched(() => real.send(conversation, payload)),
      update: (conversation, activityId, payload) => watched(() => real.update(conversation, activityId, payload)),
    };
    const { dispatcher, outbox } = newDispatcher({ containers: storage.containers, clock, sender });
    const queued = await enqueueFanOut(outbox);

    const first = await dispatcher.runOnce();
    assert.equal(first.listed, 2 * CHANNELS);
    await drain(dispatcher, outbox, clock, tenantId, subject);

    assert.equal(connector.rejected429(), 0);
    assertDeliveredOnceInOrder(queued, connector.received());
    assert.ok(maxInFlight > 1 && maxInFlight <= TEAMS_LIMITS.tenant[0].max, `requests in flight at once: ${maxInFlight}`);
  });

  it('should hold a conversation for its Retry-After and still deliver everything once when the tenant limit is lower than the bot assumes', async () => {
    connector = await startLimitEnforcingConnector({ now: () => clock.now().getTime(), tenantLimits: [{ windowMs: 1_000, max: 10 }] });
    await saveConversations(
      storage.containers,
      { serviceUrl: connector.url },
      tenantId,
      Array.from({ length: CHANNELS }, (_, index) => channelOf(index)),
    );
    const { dispatcher, outbox } = newDispatcher({ containers: storage.containers, clock });
    const queued = await enqueueFanOut(outbox);

    await drain(dispatcher, outbox, clock, tenantId, subject, 200);

    assert.ok(connector.rejected429() > 0, 'the stand-in throttled');
    console.log(
      (await outbox.listForSubject(tenantId, subject))
        .filter((m) => m.status !== 'sent')
        .map((m) => [m.id.slice(-30), m.status, m.lastError, m.attempts]),
    );
    assertDeliveredOnceInOrder(queued, connector.received());
    for (const rejection of connector.rejections()) {
      const next = connector.requests.find(
        (request) => request.conversationId === rejection.conversationId && request.receivedAt > rejection.at,
      );
      assert.ok(next === undefined || next.receivedAt >= rejection.at + rejection.retryAfterSeconds * 1_000, 'Retry-After honoured');
    }
    assert.ok(messageIdOf(connector.received()[0]!.activity) !== undefined);
  });
});
