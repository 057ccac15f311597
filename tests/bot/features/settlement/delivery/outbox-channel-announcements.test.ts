import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { OutboxChannelAnnouncements } from '../../../../../bot/src/features/settlement/delivery/outbox-channel-announcements.js';
import { settlementSubject } from '../../../../../bot/src/features/settlement/delivery/settlement-topic.js';
import { outboxMessageId } from '../../../../../bot/src/kernel/outbox/outbox-message-id.js';
import { createSettlementHarness, type SettlementHarness } from '../../../../support/settlements/settlement-harness.js';

describe('OutboxChannelAnnouncements (embedded Cosmos DB)', () => {
  let h: SettlementHarness;
  let announcements: OutboxChannelAnnouncements;
  const now = new Date('2026-11-24T10:00:00.000Z');

  beforeEach(async () => {
    h = await createSettlementHarness();
    announcements = new OutboxChannelAnnouncements(h.repositories.outbox, h.repositories.bindings, () => now);
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('should queue a change notice once, about the settlement subject with its topic as data, as a reply in the announcement’s thread', async () => {
    const settlementId = randomUUID();
    assert.equal(await announcements.enqueue(DEMO_TENANT_ID, settlementId, 'nav', { name: 'edited', version: 2 }), 'queued');
    await announcements.enqueue(DEMO_TENANT_ID, settlementId, 'nav', { name: 'edited', version: 2 });
    const [message, ...rest] = await h.repositories.outbox.listForSubject(DEMO_TENANT_ID, settlementSubject(settlementId));
    assert.equal(rest.length, 0);
    assert.deepEqual(
      [message?.subject, message?.unitId, message?.topic, message?.conversationId, message?.operation],
      [{ type: 'settlement', id: settlementId }, 'nav', { name: 'edited', version: 2 }, '19:nav@thread.tacv2', 'reply'],
    );
    assert.equal(message?.id, outboxMessageId(settlementSubject(settlementId), 'nav', { name: 'edited', version: 2 }));
    assert.equal(message?.repliesToMessageId, outboxMessageId(settlementSubject(settlementId), 'nav', { name: 'announcement' }));
  });

  it('should queue a card update as an update of the unit’s announcement', async () => {
    const settlementId = randomUUID();
    await announcements.enqueue(DEMO_TENANT_ID, settlementId, 'nav', { name: 'card-update', revision: 'v2' });
    const [update] = await h.repositories.outbox.listForSubject(DEMO_TENANT_ID, settlementSubject(settlementId));
    assert.equal(update?.operation, 'update');
    assert.equal(update?.updatesMessageId, outboxMessageId(settlementSubject(settlementId), 'nav', { name: 'announcement' }));
  });

  it('should keep one card-update message per unit’s card, pending with the newest revision, when actions follow one another', async () => {
    const settlementId = randomUUID();
    for (const revision of ['r1', 'r2', 'r3']) {
      await announcements.enqueue(DEMO_TENANT_ID, settlementId, 'nav', { name: 'card-update', revision });
    }
    const updates = await h.repositories.outbox.listForSubject(DEMO_TENANT_ID, settlementSubject(settlementId));
    assert.deepEqual(
      updates.map((update) => [update.status, update.topic]),
      [['pending', { name: 'card-update', revision: 'r3' }]],
    );
  });

  it('should use the channel the caller already holds instead of reading the binding', async () => {
    const settlementId = randomUUID();
    const queued = await announcements.enqueue(
      DEMO_TENANT_ID,
      settlementId,
      'grunnskole',
      { name: 'announcement' },
      { conversationId: '19:known@thread.tacv2' },
    );
    assert.equal(queued, 'queued');
    const [message] = await h.repositories.outbox.listForSubject(DEMO_TENANT_ID, settlementSubject(settlementId));
    assert.equal(message?.conversationId, '19:known@thread.tacv2');
  });

  it('should queue nothing and say no-channel when the unit is bound to no channel', async () => {
    const settlementId = randomUUID();
    assert.equal(await announcements.enqueue(DEMO_TENANT_ID, settlementId, 'grunnskole', { name: 'announcement' }), 'no-channel');
    assert.deepEqual(await h.repositories.outbox.listForSubject(DEMO_TENANT_ID, settlementSubject(settlementId)), []);
  });
});
