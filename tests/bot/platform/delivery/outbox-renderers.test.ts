import assert from 'node:assert/strict';
import type { OutboxMessage, OutboxSubject } from '../../../../bot/src/kernel/outbox/outbox-message.js';
import type { OutboxPayloadRenderer } from '../../../../bot/src/kernel/outbox/outbox-payload.js';
import { type TestStorage } from '../../../support/cosmos/test-cosmos.js';
import { type FakeConnector } from '../../../support/fake-connector/fake-connector-server.js';
import { RecordingLogger } from '../../../support/recording-logger.js';
import { useDeliveryFixture } from './delivery-fixture.js';
import { ManualClock, message, messageIdOf, newDispatcher, renderById } from './delivery-harness.js';

describe('OutboxDispatcher renderers by subject type (CloudAdapter, embedded Cosmos DB, fake connector)', () => {
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

  const announcement = (): OutboxMessage =>
    message(clock, { tenantId, subject, unitId: 'barnehage', topic: { name: 'announcement' }, conversationId: channel });

  it('should render each message with the renderer of its subject type when several capabilities have messages', async () => {
    const rendered: string[] = [];
    const renderAs =
      (type: string): OutboxPayloadRenderer =>
      async (queued) => {
        rendered.push(`${type}:${queued.subject.type}`);
        return renderById(queued);
      };
    const { dispatcher, outbox } = newDispatcher({
      containers: storage.containers,
      clock,
      renderers: { settlement: renderAs('settlement'), meeting: renderAs('meeting') },
    });
    const meeting = message(clock, {
      tenantId,
      subject: { type: 'meeting', id: subject.id },
      unitId: 'barnehage',
      topic: { name: 'announcement' },
      conversationId: channel,
    });
    await outbox.enqueue(announcement());
    await outbox.enqueue(meeting);
    assert.equal((await dispatcher.runOnce()).sent, 2);
    assert.deepEqual(rendered.sort(), ['meeting:meeting', 'settlement:settlement']);
    assert.deepEqual(
      connector
        .accepted()
        .map((request) => messageIdOf(request.activity))
        .sort(),
      [announcement().id, meeting.id].sort(),
    );
    assert.notEqual(meeting.id, announcement().id, 'the subject type is part of the id');
  });

  it('should fail a message whose subject type has no renderer with no-renderer, without throwing or sending', async () => {
    const logger = new RecordingLogger();
    const { dispatcher, outbox } = newDispatcher({ containers: storage.containers, clock, logger });
    const orphan = message(clock, {
      tenantId,
      subject: { type: 'toString', id: subject.id },
      unitId: 'barnehage',
      topic: { name: 'announcement' },
      conversationId: channel,
    });
    const unknown = message(clock, {
      tenantId,
      subject: { type: 'plan', id: subject.id },
      unitId: 'barnehage',
      topic: { name: 'announcement' },
      conversationId: channel,
    });
    await outbox.enqueue(orphan);
    await outbox.enqueue(unknown);
    await outbox.enqueue(announcement());

    const run = await dispatcher.runOnce();
    assert.deepEqual([run.failed, run.sent, run.errors], [2, 1, 0]);
    for (const id of [orphan.id, unknown.id]) {
      const stored = (await outbox.get(tenantId, id))!.value;
      assert.deepEqual([stored.status, stored.lastError], ['failed', 'no-renderer']);
    }
    assert.deepEqual(
      connector.accepted().map((request) => messageIdOf(request.activity)),
      [announcement().id],
    );
    const failures = logger.lines.filter((line) => line.includes('"reason":"no-renderer"'));
    assert.equal(failures.length, 2);
    assert.ok(failures.every((line) => line.includes('"subjectType"') && !line.includes('"text"') && !line.includes('"card"')));
    clock.advance(3_600_000);
    assert.equal((await dispatcher.runOnce()).listed, 0, 'a failed message is not tried again');
  });
});
