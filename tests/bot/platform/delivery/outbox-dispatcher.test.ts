import assert from 'node:assert/strict';
import type { OutboxMessage, OutboxSubject } from '../../../../bot/src/kernel/outbox/outbox-message.js';
import { ConversationPacer } from '../../../../bot/src/platform/delivery/conversation-pacer.js';
import { type TestStorage } from '../../../support/cosmos/test-cosmos.js';
import { type FakeConnector } from '../../../support/fake-connector/fake-connector-server.js';
import { RecordingLogger } from '../../../support/recording-logger.js';
import { useDeliveryFixture } from './delivery-fixture.js';
import { ManualClock, T0, acceptedPerMessage, drain, message, newDispatcher } from './delivery-harness.js';

describe('OutboxDispatcher (CloudAdapter, TeamsChannelSender, embedded Cosmos DB, fake connector)', () => {
  let connector: FakeConnector;
  let storage: TestStorage;
  let clock: ManualClock;
  let tenantId: string;
  let subject: OutboxSubject;
  const channel = '19:barnehage@thread.tacv2';

  const fixture = useDeliveryFixture([channel]);
  beforeEach(() => {
    ({ connector, storage, clock, tenantId } = fixture);
    subject = fixture.subject;
  });

  const announcement = (unitId = 'barnehage', conversationId = channel): OutboxMessage =>
    message(clock, { tenantId, subject, unitId, topic: { name: 'announcement' }, conversationId });

  it('should deliver exactly once after 429 with Retry-After, then 500, then 200, never retrying before Retry-After', async () => {
    connector.script([{ status: 429, headers: { 'Retry-After': '2' } }, { status: 500 }, { status: 200 }]);
    const { dispatcher, outbox } = newDispatcher({ containers: storage.containers, clock });
    const queued = announcement();
    await outbox.enqueue(queued);

    assert.equal((await dispatcher.runOnce()).rescheduled, 1);
    const afterThrottle = (await outbox.get(tenantId, queued.id))!.value;
    assert.deepEqual([afterThrottle.status, afterThrottle.lastError], ['pending', 'http-429']);
    assert.ok(Date.parse(afterThrottle.nextAttemptAt) >= T0 + 2_000, 'the retry is not scheduled before Retry-After');

    clock.advance(1_999);
    assert.equal((await dispatcher.runOnce()).listed, 0);
    assert.equal(connector.requests.length, 1, 'no second try before Retry-After');

    clock.advanceTo(afterThrottle.nextAttemptAt);
    assert.equal((await dispatcher.runOnce()).rescheduled, 1);
    assert.equal(connector.requests.length, 2);
    const afterError = (await outbox.get(tenantId, queued.id))!.value;
    assert.equal(afterError.lastError, 'http-500');

    clock.advanceTo(afterError.nextAttemptAt);
    assert.equal((await dispatcher.runOnce()).sent, 1);
    const delivered = (await outbox.get(tenantId, queued.id))!.value;
    assert.deepEqual([delivered.status, delivered.attempts], ['sent', 3]);
    assert.deepEqual([...acceptedPerMessage(connector)], [[queued.id, 1]]);
    assert.equal(delivered.activityId, connector.accepted()[0]!.responseId);
    assert.deepEqual(
      connector.requests.map((request) => request.status),
      [429, 500, 200],
    );
  });

  it('should send one message once when the same subject, unit and topic is enqueued twice', async () => {
    const { dispatcher, outbox } = newDispatcher({ containers: storage.containers, clock });
    assert.equal(await outbox.enqueue(announcement()), true);
    clock.advance(10);
    assert.equal(await outbox.enqueue(announcement()), false);
    await drain(dispatcher, outbox, clock, tenantId, subject);
    assert.equal((await outbox.listForSubject(tenantId, subject)).length, 1);
    assert.equal(connector.accepted().length, 1);
  });

  it('should replace the posted activity when an update is sent after its original', async () => {
    const { dispatcher, outbox } = newDispatcher({ containers: storage.containers, clock });
    const original = announcement();
    await outbox.enqueue(original);
    await dispatcher.runOnce();
    const postedId = (await outbox.get(tenantId, original.id))!.value.activityId!;

    clock.advance(1_000);
    const update = message(clock, {
      tenantId,
      subject,
      unitId: 'barnehage',
      topic: { name: 'card-update', revision: 'v2' },
      operation: 'update',
      updatesTopic: { name: 'announcement' },
      conversationId: channel,
    });
    await outbox.enqueue(update);
    assert.equal((await dispatcher.runOnce()).sent, 1);

    const put = connector.requests[1]!;
    assert.deepEqual([put.method, put.conversationId, put.activityId], ['PUT', channel, postedId]);
    assert.deepEqual([(await outbox.get(tenantId, update.id))!.value.status, connector.requests.length], ['sent', 2]);
  });

  it('should supersede an update whose original is not sent yet, and post the original later', async () => {
    const { dispatcher, outbox } = newDispatcher({ containers: storage.containers, clock });
    const original = message(clock, {
      tenantId,
      subject,
      unitId: 'barnehage',
      topic: { name: 'announcement' },
      conversationId: channel,
      notBefore: new Date(T0 + 60_000),
    });
    const update = message(clock, {
      tenantId,
      subject,
      unitId: 'barnehage',
      topic: { name: 'card-update', revision: 'v2' },
      operation: 'update',
      updatesTopic: { name: 'announcement' },
      conversationId: channel,
    });
    await outbox.enqueue(original);
    await outbox.enqueue(update);

    assert.equal((await dispatcher.runOnce()).superseded, 1);
    assert.equal((await outbox.get(tenantId, update.id))!.value.status, 'superseded');
    assert.equal(connector.requests.length, 0);

    clock.advance(60_000);
    await dispatcher.runOnce();
    assert.deepEqual(
      connector.requests.map((request) => request.method),
      ['POST'],
    );
  });

  it('should fail with no-conversation and send nothing when the unit’s channel reference is missing', async () => {
    const { dispatcher, outbox } = newDispatcher({ containers: storage.containers, clock });
    const orphan = announcement('nav', '19:unknown@thread.tacv2');
    await outbox.enqueue(orphan);
    assert.equal((await dispatcher.runOnce()).failed, 1);
    const stored = (await outbox.get(tenantId, orphan.id))!.value;
    assert.deepEqual([stored.status, stored.lastError], ['failed', 'no-conversation']);
    clock.advance(3_600_000);
    assert.equal((await dispatcher.runOnce()).listed, 0);
    assert.equal(connector.requests.length, 0);
  });

  it('should fail at once without retrying when the connector answers 403', async () => {
    connector.script([{ status: 403 }]);
    const { dispatcher, outbox } = newDispatcher({ containers: storage.containers, clock });
    const queued = announcement();
    await outbox.enqueue(queued);
    assert.equal((await dispatcher.runOnce()).failed, 1);
    const stored = (await outbox.get(tenantId, queued.id))!.value;
    assert.deepEqual([stored.status, stored.lastError, stored.attempts], ['failed', 'http-403', 1]);
    clock.advance(3_600_000);
    await dispatcher.runOnce();
    assert.equal(connector.requests.length, 1);
  });

  it('should give up after the last attempt when the connector keeps answering 500', async () => {
    connector.script(Array.from({ length: 8 }, () => ({ status: 500 })));
    const { dispatcher, outbox } = newDispatcher({ containers: storage.containers, clock });
    const queued = announcement();
    await outbox.enqueue(queued);
    await drain(dispatcher, outbox, clock, tenantId, subject);
    const stored = (await outbox.get(tenantId, queued.id))!.value;
    assert.deepEqual([stored.status, stored.lastError, stored.attempts], ['failed', 'http-500', 8]);
    assert.equal(connector.requests.length, 8);
  });

  it('should wait in memory, with no write, for a free slot when a conversation is at its per-second limit', async () => {
    const { dispatcher, outbox } = newDispatcher({ containers: storage.containers, clock, pacing: new ConversationPacer() });
    for (let day = 1; day <= 10; day += 1) {
      const topic = { name: 'reminder', date: `2026-11-${String(day).padStart(2, '0')}` };
      await outbox.enqueue(message(clock, { tenantId, subject, unitId: 'barnehage', topic, conversationId: channel }));
    }

    const run = await dispatcher.runOnce();
    assert.deepEqual([run.sent, run.deferred], [10, 0]);
    const sentAt = (await outbox.listForSubject(tenantId, subject)).map((stored) => Date.parse(stored.sentAt!));
    const within = (ms: number): number => Math.max(...sentAt.map((start) => sentAt.filter((at) => at >= start && at < start + ms).length));
    assert.deepEqual([within(1_000), within(2_000)], [7, 8]);
    assert.ok([...acceptedPerMessage(connector).values()].every((count) => count === 1));
  });

  it('should defer, not drop, messages to a conversation when its next slot is further away than a run waits', async () => {
    const pacing = new ConversationPacer([{ windowMs: 30_000, max: 7 }]);
    const { dispatcher, outbox } = newDispatcher({ containers: storage.containers, clock, pacing });
    for (let day = 1; day <= 10; day += 1) {
      const topic = { name: 'reminder', date: `2026-11-${String(day).padStart(2, '0')}` };
      await outbox.enqueue(message(clock, { tenantId, subject, unitId: 'barnehage', topic, conversationId: channel }));
    }

    const first = await dispatcher.runOnce();
    assert.deepEqual([first.sent, first.deferred], [7, 3]);
    const deferred = (await outbox.listForSubject(tenantId, subject)).filter((stored) => stored.status === 'pending');
    assert.deepEqual(
      new Set(deferred.map((stored) => [stored.attempts, stored.nextAttemptAt].join())),
      new Set([`0,${new Date(clock.now().getTime() + 30_000).toISOString()}`]),
    );

    await drain(dispatcher, outbox, clock, tenantId, subject);
    assert.equal(connector.accepted().length, 10);
    assert.ok([...acceptedPerMessage(connector).values()].every((count) => count === 1));
  });

  it('should supersede a message when the renderer skips it', async () => {
    const { dispatcher, outbox } = newDispatcher({ containers: storage.containers, clock, render: async () => ({ kind: 'skip' }) });
    const queued = announcement();
    await outbox.enqueue(queued);
    assert.equal((await dispatcher.runOnce()).superseded, 1);
    assert.equal(connector.requests.length, 0);
  });

  it('should log ids, subject types, topics and statuses but never the payload when sending and failing', async () => {
    connector.script([{ status: 500 }, { status: 403 }]);
    const logger = new RecordingLogger();
    const secret = 'Kari Nordmann 01.02.2019';
    const { dispatcher, outbox } = newDispatcher({
      containers: storage.containers,
      clock,
      logger,
      render: async () => ({ kind: 'card', card: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: secret }] }, summary: secret }),
    });
    await outbox.enqueue(announcement());
    await drain(dispatcher, outbox, clock, tenantId, subject);
    assert.ok(logger.lines.some((line) => line.includes('"status":500')));
    assert.ok(logger.lines.some((line) => line.includes('"reason":"http-403"')));
    assert.ok(logger.lines.every((line) => !line.includes('Kari') && !line.includes('01.02.2019')));
  });
});
