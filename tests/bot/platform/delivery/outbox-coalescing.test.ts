import assert from 'node:assert/strict';
import type { OutboxMessage } from '../../../../bot/src/kernel/outbox/outbox-message.js';
import type { OutboxPayload } from '../../../../bot/src/kernel/outbox/outbox-payload.js';
import type { ChannelSender } from '../../../../bot/src/platform/delivery/channel-sender.js';
import { TeamsChannelSender } from '../../../../bot/src/platform/delivery/teams-channel-sender.js';
import { CosmosOutboxRepository } from '../../../../bot/src/platform/storage/cosmos/cosmos-outbox-repository.js';
import { countingContainer, writesOf, type OperationCounts } from './counting-container.js';
import { useDeliveryFixture } from './delivery-fixture.js';
import { localAdapter, message, newDispatcher } from './delivery-harness.js';

describe('OutboxDispatcher card-update coalescing (embedded Cosmos DB, fake connector)', () => {
  const channel = '19:barnehage@thread.tacv2';
  const fixture = useDeliveryFixture([channel]);
  let counts: OperationCounts;
  let outbox: CosmosOutboxRepository;
  /** The "current data" the renderer reads when a message is sent. */
  let state: number;

  beforeEach(() => {
    counts = new Map();
    outbox = new CosmosOutboxRepository(countingContainer(fixture.storage.containers.outbox, counts));
    state = 0;
  });

  const render = async (queued: OutboxMessage): Promise<OutboxPayload> => ({ kind: 'text', text: `${queued.topic.name} state=${state}` });
  const announcement = (): OutboxMessage =>
    message(fixture.clock, {
      tenantId: fixture.tenantId,
      subject: fixture.subject,
      unitId: 'barnehage',
      topic: { name: 'announcement' },
      conversationId: channel,
    });
  const cardUpdate = (revision: number): OutboxMessage =>
    message(fixture.clock, {
      tenantId: fixture.tenantId,
      subject: fixture.subject,
      unitId: 'barnehage',
      topic: { name: 'card-update', revision: `r${revision}` },
      conversationId: channel,
      operation: 'update',
      updatesTopic: { name: 'announcement' },
    });
  const dispatcherWith = (sender?: ChannelSender) =>
    newDispatcher({
      containers: fixture.storage.containers,
      clock: fixture.clock,
      render,
      wrapOutbox: () => outbox,
      ...(sender ? { sender } : {}),
    }).dispatcher;
  const puts = () => fixture.connector.accepted().filter((request) => request.method === 'PUT');

  async function postAnnouncement(): Promise<void> {
    await outbox.enqueue(announcement());
    await dispatcherWith().runOnce();
    counts.clear();
  }

  it('should keep one pending card-update document and PUT the card once with the latest state when many actions come while it waits', async () => {
    await postAnnouncement();
    for (let action = 1; action <= 20; action += 1) {
      state = action;
      await outbox.rearm(cardUpdate(action));
      fixture.clock.advance(10);
    }
    assert.deepEqual([...counts], [['upsert', 20]], 'each action is one write and no read');

    const stored = (await outbox.listForSubject(fixture.tenantId, fixture.subject)).filter((queued) => queued.operation === 'update');
    assert.deepEqual(
      stored.map((queued) => [queued.status, queued.topic]),
      [['pending', { name: 'card-update', revision: 'r20' }]],
    );
    counts.clear();
    await dispatcherWith().runOnce();
    assert.deepEqual(
      puts().map((request) => request.activity['text']),
      ['card-update state=20'],
    );
    assert.equal(writesOf(counts), 2, 'delivering it is a claim and a completion');
  });

  it('should cost at most three outbox writes per delivered update when each action is delivered on its own', async () => {
    await postAnnouncement();
    const dispatcher = dispatcherWith();
    for (let action = 1; action <= 5; action += 1) {
      state = action;
      await outbox.rearm(cardUpdate(action));
      await dispatcher.runOnce();
      fixture.clock.advance(2_000);
    }
    assert.equal(puts().length, 5);
    assert.deepEqual([writesOf(counts), counts.get('upsert'), counts.get('replace')], [15, 5, 10]);
  });

  it('should deliver an update re-armed while the older one is being sent afterwards, not lose it', async () => {
    await postAnnouncement();
    const real = new TeamsChannelSender({ adapter: localAdapter(), appId: '', requestTimeoutMs: 5_000 });
    let rearmed = false;
    const sender: ChannelSender = {
      send: (conversation, payload) => real.send(conversation, payload),
      update: async (conversation, activityId, payload) => {
        if (!rearmed) {
          // A new action lands while the PUT of the older state is on its way.
          rearmed = true;
          state = 2;
          await outbox.rearm(cardUpdate(2));
        }
        return real.update(conversation, activityId, payload);
      },
    };
    state = 1;
    await outbox.rearm(cardUpdate(1));
    const dispatcher = dispatcherWith(sender);
    await dispatcher.runOnce();
    const afterFirst = (await outbox.listForSubject(fixture.tenantId, fixture.subject)).find((queued) => queued.operation === 'update')!;
    assert.deepEqual([afterFirst.status, afterFirst.topic['revision']], ['pending', 'r2']);

    await dispatcher.runOnce();
    assert.deepEqual(
      puts().map((request) => request.activity['text']),
      ['card-update state=1', 'card-update state=2'],
    );
    const done = (await outbox.listForSubject(fixture.tenantId, fixture.subject)).find((queued) => queued.operation === 'update')!;
    assert.equal(done.status, 'sent');
  });
});
