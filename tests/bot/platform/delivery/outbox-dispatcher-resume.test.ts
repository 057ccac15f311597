import assert from 'node:assert/strict';
import type { OutboxSubject, OutboxTopic } from '../../../../bot/src/kernel/outbox/outbox-message.js';
import type { OutboxRepository } from '../../../../bot/src/kernel/outbox/outbox-repository.js';
import type { ChannelSender } from '../../../../bot/src/platform/delivery/channel-sender.js';
import { DeliveryError } from '../../../../bot/src/platform/delivery/delivery-error.js';
import { TeamsChannelSender } from '../../../../bot/src/platform/delivery/teams-channel-sender.js';
import { type TestStorage } from '../../../support/cosmos/test-cosmos.js';
import { type FakeConnector } from '../../../support/fake-connector/fake-connector-server.js';
import { RecordingLogger } from '../../../support/recording-logger.js';
import { ManualClock, acceptedPerMessage, drain, localAdapter, message, newDispatcher } from './delivery-harness.js';
import { useDeliveryFixture } from './delivery-fixture.js';

const UNITS = ['barnehage', 'grunnskole', 'helse'] as const;
const channelOf = (unitId: string): string => `19:${unitId}@thread.tacv2`;

/** A sender over the real one whose calls the test can watch and interfere with. */
function watchedSender(onCall: (call: number, proceed: () => Promise<unknown>) => Promise<unknown>): ChannelSender {
  const real = new TeamsChannelSender({ adapter: localAdapter(), appId: '', requestTimeoutMs: 5_000 });
  let calls = 0;
  return {
    send: (conversation, payload) => onCall(++calls, () => real.send(conversation, payload)) as ReturnType<ChannelSender['send']>,
    update: (conversation, activityId, payload) => real.update(conversation, activityId, payload),
  };
}

describe('OutboxDispatcher resumption (restart, crash, racing dispatchers)', () => {
  let connector: FakeConnector;
  let storage: TestStorage;
  let clock: ManualClock;
  let tenantId: string;
  let subject: OutboxSubject;

  const fixture = useDeliveryFixture(UNITS.map(channelOf));
  beforeEach(() => {
    ({ connector, storage, clock, tenantId } = fixture);
    subject = fixture.subject;
  });

  async function enqueueFanOut(outbox: OutboxRepository): Promise<string[]> {
    const ids: string[] = [];
    const topics: OutboxTopic[] = [{ name: 'announcement' }, { name: 'reminder', date: '2026-11-25' }];
    for (const topic of topics) {
      for (const unitId of UNITS) {
        const queued = message(clock, { tenantId, subject, unitId, topic, conversationId: channelOf(unitId) });
        await outbox.enqueue(queued);
        ids.push(queued.id);
        clock.advance(1);
      }
    }
    return ids;
  }

  function assertEachDeliveredOnce(ids: readonly string[]): void {
    const counts = acceptedPerMessage(connector);
    assert.deepEqual([...ids].sort(), [...counts.keys()].sort());
    assert.ok(
      [...counts.values()].every((count) => count === 1),
      `delivered more than once: ${JSON.stringify([...counts])}`,
    );
  }

  it('should deliver every message exactly once when stopped half-way through a fan-out and started again', async () => {
    let stopped: Promise<void> | undefined;
    const sender = watchedSender(async (call, proceed) => {
      const result = await proceed();
      // Stop between two messages of the fan-out, as a shutdown (SIGTERM) would.
      if (call === 2) stopped = before.dispatcher.stop();
      return result;
    });
    const before = newDispatcher({ containers: storage.containers, clock, sender });
    const ids = await enqueueFanOut(before.outbox);

    const run = await before.dispatcher.runOnce();
    await stopped;
    // The conversations go in parallel: what was in flight when it stopped finishes, nothing new starts.
    assert.equal(run.listed, 6);
    assert.ok(run.sent >= 2 && run.sent < 6, `sent ${run.sent}`);
    const pending = (await before.outbox.listForSubject(tenantId, subject)).filter((stored) => stored.status === 'pending');
    assert.equal(pending.length, 6 - run.sent);

    const after = newDispatcher({ containers: storage.containers, clock });
    await drain(after.dispatcher, after.outbox, clock, tenantId, subject);
    assertEachDeliveredOnce(ids);
    assert.equal(connector.requests.length, 6);
  });

  it('should take over a message claimed by a dispatcher that died mid-attempt once its lease runs out', async () => {
    let release: ((error: Error) => void) | undefined;
    let reachedThird: () => void = () => undefined;
    const thirdReached = new Promise<void>((resolve) => (reachedThird = resolve));
    const sender = watchedSender((call, proceed) => {
      if (call !== 3) return proceed();
      reachedThird();
      // The process "dies" here: claimed, nothing sent, never finishing.
      return new Promise((_, reject) => (release = reject));
    });
    const dead = newDispatcher({ containers: storage.containers, clock, sender, leaseMs: 60_000 });
    const ids = await enqueueFanOut(dead.outbox);
    const deadRun = dead.dispatcher.runOnce();
    await thirdReached;

    const logger = new RecordingLogger();
    const restarted = newDispatcher({ containers: storage.containers, clock, logger, leaseMs: 60_000 });
    const early = await restarted.dispatcher.runOnce();
    assert.equal(early.sent, 3, 'the claimed message waits for its lease; the others go');
    assert.equal(acceptedPerMessage(connector).size, 5);

    clock.advance(60_000);
    await drain(restarted.dispatcher, restarted.outbox, clock, tenantId, subject);
    assertEachDeliveredOnce(ids);
    const takenOver = (await restarted.outbox.listForSubject(tenantId, subject)).find((stored) => stored.attempts === 2)!;
    assert.deepEqual([takenOver.status, takenOver.lastError], ['sent', 'interrupted']);
    assert.ok(logger.lines.some((line) => line.includes('interrupted attempt')));

    // The old attempt finally ends: its stale lease can no longer change the message, and the rest
    // of its stale batch (already sent by the new dispatcher) cannot be claimed again.
    release!(new DeliveryError({ status: 500, retryable: true, reason: 'http-500' }));
    const late = await deadRun;
    assert.deepEqual([late.sent, late.skipped], [2, 4]);
    assertEachDeliveredOnce(ids);
    assert.equal((await restarted.outbox.get(tenantId, takenOver.id))!.value.status, 'sent');
  });

  it('should let only one of two racing dispatchers send a due message', async () => {
    const waiting: (() => void)[] = [];
    const barrier = (): Promise<void> =>
      new Promise((resolve) => {
        waiting.push(resolve);
        if (waiting.length === 2) waiting.forEach((go) => go());
      });
    const atBarrier = (outbox: OutboxRepository): OutboxRepository =>
      new Proxy(outbox, {
        get(target, property, receiver) {
          if (property === 'listDue') {
            return async (now: Date, limit: number) => {
              const due = await target.listDue(now, limit);
              await barrier();
              return due;
            };
          }
          const value: unknown = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    const one = newDispatcher({ containers: storage.containers, clock, wrapOutbox: atBarrier });
    const two = newDispatcher({ containers: storage.containers, clock, wrapOutbox: atBarrier });
    const queued = message(clock, {
      tenantId,
      subject,
      unitId: 'barnehage',
      topic: { name: 'announcement' },
      conversationId: channelOf('barnehage'),
    });
    await one.outbox.enqueue(queued);

    const [a, b] = await Promise.all([one.dispatcher.runOnce(), two.dispatcher.runOnce()]);
    assert.deepEqual([a.listed, b.listed], [1, 1], 'both saw the same due message');
    assert.deepEqual([a.sent + b.sent, a.skipped + b.skipped], [1, 1]);
    assert.equal(connector.requests.length, 1);
    assert.equal((await one.outbox.get(tenantId, queued.id))!.value.attempts, 1);
  });

  it('should keep running on its interval and stop after the message in flight when started', async () => {
    const { dispatcher, outbox } = newDispatcher({ containers: storage.containers, clock });
    const ids = await enqueueFanOut(outbox);
    dispatcher.start(5);
    for (let waited = 0; acceptedPerMessage(connector).size < ids.length && waited < 5_000; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await dispatcher.stop();
    assertEachDeliveredOnce(ids);
    const requests = connector.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.equal(connector.requests.length, requests, 'nothing runs after stop');
  });
});
