import assert from 'node:assert/strict';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { registerSettlement } from '../../../../../bot/src/features/settlement/use-cases/register-settlement.js';
import { redeliverToUnit } from '../../../../../bot/src/features/settlement/use-cases/redeliver-to-unit.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { docId } from '../../../../../bot/src/platform/storage/cosmos/document-id.js';
import { createSettlementHarness, DEMO, type SettlementHarness } from '../../../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../../../support/settlements/test-household.js';

describe('redeliverToUnit with an announcement stored before typed subjects (embedded Cosmos DB)', () => {
  let h: SettlementHarness;
  beforeEach(async () => {
    h = await createSettlementHarness();
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('should requeue the old failed announcement under its old id and not announce the unit a second time', async () => {
    const coordinator = await h.user(DEMO.coordinator);
    const { settlement } = await registerSettlement(h.services, coordinator, testRegistration(addDays(osloToday(), 14)));
    const queuedBefore = h.announcements.kindsFor('nav').length;
    const at = new Date().toISOString();
    const legacyId = `${settlement.id};nav;announcement`;
    const data = {
      id: legacyId,
      tenantId: DEMO_TENANT_ID,
      unitId: 'nav',
      settlementId: settlement.id,
      kind: 'announcement',
      operation: 'send',
      conversationId: '19:gammel@thread.tacv2',
      status: 'failed',
      lastError: 'http-404',
      attempts: 1,
      nextAttemptAt: at,
      createdAt: at,
    };
    await h.storage.containers.outbox.items.create({
      id: docId('outbox-message', legacyId),
      tenantId: DEMO_TENANT_ID,
      type: 'outbox-message',
      data,
    });

    assert.equal(await redeliverToUnit(h.services, coordinator, { settlementId: settlement.id, unitId: 'nav' }), 1);
    const requeued = (await h.repositories.outbox.get(DEMO_TENANT_ID, legacyId))!.value;
    assert.deepEqual(
      [requeued.status, requeued.conversationId, requeued.topic],
      ['pending', '19:nav@thread.tacv2', { name: 'announcement' }],
    );
    assert.equal(h.announcements.kindsFor('nav').length, queuedBefore, 'no second announcement is queued under a new id');
  });
});
