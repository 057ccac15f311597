import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { OutboxMessage } from '../../../../bot/src/kernel/outbox/outbox-message.js';
import { docId } from '../../../../bot/src/platform/storage/cosmos/document-id.js';
import { type TestStorage } from '../../../support/cosmos/test-cosmos.js';
import { type FakeConnector } from '../../../support/fake-connector/fake-connector-server.js';
import { useDeliveryFixture } from './delivery-fixture.js';
import { ManualClock, T0, message, messageIdOf, newDispatcher, renderById, subjectOf } from './delivery-harness.js';

/** Outbox messages stored before typed subjects (e.g. in an older `.data/cosmos/snapshot.json`). */
describe('Outbox messages in the shape before typed subjects (embedded Cosmos DB, CloudAdapter, fake connector)', () => {
  let connector: FakeConnector;
  let storage: TestStorage;
  let clock: ManualClock;
  let tenantId: string;
  let settlementId: string;
  const channel = '19:nav@thread.tacv2';

  const fixture = useDeliveryFixture([channel]);
  beforeEach(() => {
    ({ connector, storage, clock, tenantId } = fixture);
    settlementId = fixture.subject.id;
  });

  /** Writes a message as the old code stored it: id `<settlement>;<unit>;<kind>`, `settlementId` and `kind`, no subject. */
  async function storeLegacy(kind: string, status = 'pending', createdAt = T0): Promise<string> {
    const id = `${settlementId};nav;${kind}`;
    const data = {
      id,
      tenantId,
      unitId: 'nav',
      settlementId,
      kind,
      operation: 'send',
      conversationId: channel,
      status,
      attempts: 0,
      nextAttemptAt: new Date(createdAt).toISOString(),
      createdAt: new Date(createdAt).toISOString(),
      updatedAt: new Date(createdAt).toISOString(),
    };
    await storage.containers.outbox.items.create({ id: docId('outbox-message', id), tenantId, type: 'outbox-message', data });
    return id;
  }

  it('should read an old message as a settlement subject with a typed topic when it is fetched or listed', async () => {
    const { outbox } = newDispatcher({ containers: storage.containers, clock });
    const legacyId = await storeLegacy('edited:v2');
    const current = message(clock, {
      tenantId,
      subject: subjectOf(settlementId),
      unitId: 'nav',
      topic: { name: 'cancelled' },
      conversationId: channel,
    });
    await outbox.enqueue(current);

    const read = (await outbox.get(tenantId, legacyId))!.value;
    assert.deepEqual(
      [read.id, read.subject, read.topic],
      [legacyId, { type: 'settlement', id: settlementId }, { name: 'edited', version: 2 }],
    );
    assert.ok(!('settlementId' in read) && !('kind' in read));
    const listed = await outbox.listForSubject(tenantId, { type: 'settlement', id: settlementId });
    assert.deepEqual(listed.map((stored) => stored.topic.name).sort(), ['cancelled', 'edited']);
    assert.equal((await outbox.listForSubjects(tenantId, 'settlement', [settlementId, randomUUID()])).length, 2);
    assert.deepEqual(await outbox.listForSubjects(tenantId, 'meeting', [settlementId]), []);
    const due = (await outbox.listDue(clock.now(), 100)).filter((stored) => stored.value.tenantId === tenantId);
    assert.ok(due.every((stored) => stored.value.subject.type === 'settlement' && typeof stored.value.topic.name === 'string'));
  });

  it('should deliver a pending old message through the settlement renderer and store it in the new shape under the same document', async () => {
    const seen: OutboxMessage[] = [];
    const { dispatcher, outbox } = newDispatcher({
      containers: storage.containers,
      clock,
      renderers: {
        settlement: async (queued) => {
          seen.push(queued);
          return renderById(queued);
        },
      },
    });
    const legacyId = await storeLegacy('reminder:2026-11-24');

    assert.equal((await dispatcher.runOnce()).sent, 1);
    assert.deepEqual(
      seen.map((queued) => queued.topic),
      [{ name: 'reminder', date: '2026-11-24' }],
    );
    assert.deepEqual(
      connector.accepted().map((request) => messageIdOf(request.activity)),
      [legacyId],
    );
    const { resource } = await storage.containers.outbox
      .item(docId('outbox-message', legacyId), tenantId)
      .read<{ data: Record<string, unknown> }>();
    assert.deepEqual(
      [resource?.data['status'], resource?.data['subject'], resource?.data['kind']],
      ['sent', { type: 'settlement', id: settlementId }, undefined],
    );
    assert.equal((await outbox.get(tenantId, legacyId))!.value.status, 'sent');
  });

  it('should requeue a failed old message under its old id when the unit’s channel is fixed', async () => {
    const { dispatcher, outbox } = newDispatcher({ containers: storage.containers, clock });
    const legacyId = await storeLegacy('announcement', 'failed');
    const failed = (await outbox.get(tenantId, legacyId))!;
    await outbox.requeue(failed, channel, clock.now());
    assert.equal((await dispatcher.runOnce()).sent, 1);
    assert.equal((await outbox.get(tenantId, legacyId))!.value.status, 'sent');
  });
});
