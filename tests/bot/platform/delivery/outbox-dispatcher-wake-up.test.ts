import assert from 'node:assert/strict';
import type { OutboxMessage } from '../../../../bot/src/kernel/outbox/outbox-message.js';
import type { OutboxRepository } from '../../../../bot/src/kernel/outbox/outbox-repository.js';
import { OutboxSignal } from '../../../../bot/src/kernel/outbox/outbox-signal.js';
import { createOutboxDispatcher, type OutboxDispatcher } from '../../../../bot/src/platform/delivery/outbox-dispatcher.js';
import { TeamsChannelSender } from '../../../../bot/src/platform/delivery/teams-channel-sender.js';
import { CosmosConversationRepository } from '../../../../bot/src/platform/storage/cosmos/cosmos-conversation-repository.js';
import { CosmosOutboxRepository } from '../../../../bot/src/platform/storage/cosmos/cosmos-outbox-repository.js';
import { RecordingLogger } from '../../../support/recording-logger.js';
import { localAdapter, renderById, SUBJECT_TYPE } from './delivery-harness.js';
import { newOutboxMessage } from '../../../../bot/src/kernel/outbox/new-outbox-message.js';
import { useDeliveryFixture } from './delivery-fixture.js';

const channel = '19:barnehage@thread.tacv2';
/** Far longer than any test runs: a message delivered in a test was not found by the idle poll. */
const IDLE_POLL_MS = 10 * 60_000;

describe('OutboxDispatcher waking (signal, retry times, idle poll; real clock)', () => {
  const fixture = useDeliveryFixture([channel]);
  let dispatcher: OutboxDispatcher | undefined;
  let listings: number;

  afterEach(async () => {
    await dispatcher?.stop();
    dispatcher = undefined;
  });

  /** Counts the dispatcher's listings of due messages. */
  const countingListings = (outbox: OutboxRepository): OutboxRepository =>
    new Proxy(outbox, {
      get(target, property, receiver) {
        if (property === 'listDue') {
          return (now: Date, limit: number) => {
            listings += 1;
            return target.listDue(now, limit);
          };
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });

  /** A started dispatcher on the real clock, and the repository that signals it. */
  function startDispatcher(idlePollMs: number): { outbox: CosmosOutboxRepository; signal: OutboxSignal } {
    listings = 0;
    const signal = new OutboxSignal();
    const outbox = new CosmosOutboxRepository(fixture.storage.containers.outbox, signal);
    dispatcher = createOutboxDispatcher({
      outbox: countingListings(outbox),
      conversations: new CosmosConversationRepository(fixture.storage.containers.core),
      sender: new TeamsChannelSender({ adapter: localAdapter(), appId: '', requestTimeoutMs: 5_000 }),
      renderers: { [SUBJECT_TYPE]: renderById },
      logger: new RecordingLogger(),
      backoff: { baseMs: 100, maxMs: 1_000, maxAttempts: 8, random: () => 0.5 },
      signal,
    });
    dispatcher.start(idlePollMs);
    return { outbox, signal };
  }

  const announcement = (unitId = 'barnehage'): OutboxMessage =>
    newOutboxMessage({
      tenantId: fixture.tenantId,
      subject: fixture.subject,
      unitId,
      topic: { name: 'announcement' },
      conversationId: channel,
      now: new Date(),
    });

  async function until(condition: () => boolean, what: string): Promise<void> {
    for (let waited = 0; !condition(); waited += 10) {
      if (waited > 10_000) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it('should deliver a message queued in this process at once, without waiting for the idle poll', async () => {
    const { outbox } = startDispatcher(IDLE_POLL_MS);
    await until(() => listings === 1, 'the first listing');

    await outbox.enqueue(announcement());

    await until(() => fixture.connector.accepted().length === 1, 'the delivery');
    assert.equal(listings, 1, 'one listing at start; the queued message is claimed as written, not listed');
  });

  it('should deliver a message left by another process (or a crashed one) when started', async () => {
    const other = new CosmosOutboxRepository(fixture.storage.containers.outbox);
    await other.enqueue(announcement());

    startDispatcher(IDLE_POLL_MS);

    await until(() => fixture.connector.accepted().length === 1, 'the delivery');
    assert.equal(listings, 1);
  });

  it('should find a message queued by another process at its idle poll', async () => {
    startDispatcher(50);
    await until(() => listings >= 1, 'the first listing');
    const other = new CosmosOutboxRepository(fixture.storage.containers.outbox);

    await other.enqueue(announcement());

    await until(() => fixture.connector.accepted().length === 1, 'the delivery');
    assert.ok(listings >= 2);
  });

  it('should try again when the Retry-After has passed, without waiting for the idle poll', async () => {
    fixture.connector.script([{ status: 429, headers: { 'Retry-After': '1' } }]);
    const { outbox } = startDispatcher(IDLE_POLL_MS);
    await until(() => listings === 1, 'the first listing');

    const queued = announcement();
    await outbox.enqueue(queued);

    await until(() => fixture.connector.accepted().length === 1, 'the retry');
    const [throttled, retried] = fixture.connector.requests;
    assert.deepEqual([throttled!.status, retried!.status], [429, 200]);
    assert.ok(retried!.receivedAt >= throttled!.receivedAt + 1_000, 'not before Retry-After');
    assert.equal(listings, 2, 'at start and when the retry was due (the queued message itself is not listed)');
    assert.equal((await outbox.get(fixture.tenantId, queued.id))!.value.status, 'sent');
  });
});
