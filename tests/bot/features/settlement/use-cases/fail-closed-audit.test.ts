import assert from 'node:assert/strict';
import sinon from 'sinon';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { DomainError, isDomainError } from '../../../../../bot/src/kernel/domain-error.js';
import { newOutboxMessage } from '../../../../../bot/src/kernel/outbox/new-outbox-message.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { cancelSettlementUseCase } from '../../../../../bot/src/features/settlement/use-cases/cancel-settlement-use-case.js';
import { editSettlementUseCase } from '../../../../../bot/src/features/settlement/use-cases/edit-settlement-use-case.js';
import { redeliverToUnit } from '../../../../../bot/src/features/settlement/use-cases/redeliver-to-unit.js';
import { registerSettlement } from '../../../../../bot/src/features/settlement/use-cases/register-settlement.js';
import { createSettlementHarness, DEMO, type SettlementHarness } from '../../../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../../../support/settlements/test-household.js';

const rejectsAuditFailed = (promise: Promise<unknown>) => assert.rejects(promise, (error: unknown) => isDomainError(error, 'audit-failed'));

describe('fail-closed auditing of changes (embedded Cosmos DB)', () => {
  let h: SettlementHarness;
  const arrival = addDays(osloToday(), 14);
  beforeEach(async () => {
    h = await createSettlementHarness();
  });
  afterEach(async () => {
    sinon.restore();
    await h.dispose();
  });

  const count = async (container: 'core' | 'personalData' | 'outbox' | 'audit') =>
    (await h.storage.containers[container].items.query('SELECT VALUE COUNT(1) FROM c').fetchAll()).resources[0] as number;
  const failAudit = () => sinon.stub(h.repositories.audit, 'append').rejects(new Error('audit down'));
  const registered = async () =>
    (await registerSettlement(h.services, await h.user(DEMO.coordinator), testRegistration(arrival))).settlement;
  const actions = async (action: string) => (await h.repositories.audit.list(DEMO_TENANT_ID)).filter((e) => e.action === action);

  it('should store no settlement, no personal data, no flow and no message when the audit write fails during registration', async () => {
    const core = await count('core');
    failAudit();
    await rejectsAuditFailed(registerSettlement(h.services, await h.user(DEMO.coordinator), testRegistration(arrival)));
    assert.deepEqual((await h.repositories.settlements.listPage(DEMO_TENANT_ID, { limit: 100 })).settlements, []);
    assert.equal(await count('personalData'), 0);
    assert.equal(await count('core'), core, 'no flow or settlement document');
    assert.equal(await count('outbox'), 0);
    assert.deepEqual(h.announcements.queued, []);
  });

  it('should leave the settlement open and its flows active when the audit write fails during cancel', async () => {
    const settlement = await registered();
    const queued = h.announcements.queued.length;
    failAudit();
    await rejectsAuditFailed(
      cancelSettlementUseCase(h.services, await h.user(DEMO.coordinator), { settlementId: settlement.id, expectedVersion: 1 }),
    );
    const stored = (await h.repositories.settlements.get(DEMO_TENANT_ID, settlement.id))!.value;
    assert.deepEqual([stored.status, stored.version], ['open', 1]);
    const flows = await h.repositories.flows.listForSettlement(DEMO_TENANT_ID, settlement.id);
    assert.ok(flows.every((f) => f.status === 'active'));
    assert.equal(h.announcements.queued.length, queued, 'no unit is told');
  });

  it('should change neither the settlement nor the names when the audit write fails during an edit', async () => {
    const registration = testRegistration(arrival);
    const { settlement } = await registerSettlement(h.services, await h.user(DEMO.coordinator), registration);
    const personalBefore = JSON.stringify(await h.repositories.personalData.listForSettlement(DEMO_TENANT_ID, settlement.id));
    const queued = h.announcements.queued.length;
    failAudit();
    const edited = {
      ...registration,
      addressArea: 'Nord',
      members: registration.members.map((m) => ({ ...m, fullName: `${m.fullName} Endret` })),
    };
    await rejectsAuditFailed(
      editSettlementUseCase(h.services, await h.user(DEMO.coordinator), {
        settlementId: settlement.id,
        registration: edited,
        expectedVersion: 1,
      }),
    );
    const stored = (await h.repositories.settlements.get(DEMO_TENANT_ID, settlement.id))!.value;
    assert.deepEqual([stored.version, stored.addressArea], [1, 'Sentrum']);
    assert.equal(JSON.stringify(await h.repositories.personalData.listForSettlement(DEMO_TENANT_ID, settlement.id)), personalBefore);
    assert.equal(h.announcements.queued.length, queued);
  });

  it('should queue nothing again when the audit write fails during a redelivery', async () => {
    const settlement = await registered();
    const now = new Date();
    const failed = newOutboxMessage({
      tenantId: DEMO_TENANT_ID,
      subject: { type: 'settlement', id: settlement.id },
      unitId: 'nav',
      topic: { name: 'edited', version: 9 },
      conversationId: '19:gammel@thread.tacv2',
      now,
    });
    await h.repositories.outbox.enqueue(failed);
    await h.repositories.outbox.markFailed((await h.repositories.outbox.get(DEMO_TENANT_ID, failed.id))!, 'http-404', now);
    const queued = h.announcements.queued.length;
    failAudit();
    await rejectsAuditFailed(redeliverToUnit(h.services, await h.user(DEMO.coordinator), { settlementId: settlement.id, unitId: 'nav' }));
    assert.equal((await h.repositories.outbox.get(DEMO_TENANT_ID, failed.id))?.value.status, 'failed');
    assert.equal(h.announcements.queued.length, queued);
  });

  it('should write the cancel entry once when a cancel is retried after its change failed', async () => {
    const settlement = await registered();
    const coordinator = await h.user(DEMO.coordinator);
    sinon.stub(h.repositories.settlements, 'replace').onFirstCall().rejects(new DomainError('storage-unavailable', 'down')).callThrough();
    const input = { settlementId: settlement.id, expectedVersion: 1 };
    await assert.rejects(cancelSettlementUseCase(h.services, coordinator, input), (e: unknown) => isDomainError(e, 'storage-unavailable'));
    assert.equal((await actions('settlement.cancel')).length, 1, 'the intent is recorded before the change');
    assert.equal((await h.repositories.settlements.get(DEMO_TENANT_ID, settlement.id))?.value.status, 'open');
    await cancelSettlementUseCase(h.services, coordinator, input);
    assert.equal((await h.repositories.settlements.get(DEMO_TENANT_ID, settlement.id))?.value.status, 'cancelled');
    assert.equal((await actions('settlement.cancel')).length, 1, 'the retry found its entry (409) instead of appending again');
  });

  it('should keep the entry of an edit that then lost the race, beside the winner’s', async () => {
    const registration = testRegistration(arrival);
    const { settlement } = await registerSettlement(h.services, await h.user(DEMO.coordinator), registration);
    const stale = await h.repositories.settlements.get(DEMO_TENANT_ID, settlement.id);
    const edit = async (userId: string, addressArea: string) =>
      editSettlementUseCase(h.services, await h.user(userId), {
        settlementId: settlement.id,
        registration: { ...registration, addressArea },
        expectedVersion: 1,
      });
    await edit(DEMO.coordinator, 'Nord');
    // The admin read version 1 before the coordinator's edit landed.
    sinon.stub(h.repositories.settlements, 'get').resolves(stale);
    await assert.rejects(edit(DEMO.admin, 'Sør'), (e: unknown) => isDomainError(e, 'conflict'));
    sinon.restore();
    assert.equal((await h.repositories.settlements.get(DEMO_TENANT_ID, settlement.id))?.value.addressArea, 'Nord');
    const entries = await actions('settlement.edit');
    assert.deepEqual(entries.map((e) => e.actorId).sort(), [DEMO.admin, DEMO.coordinator].sort(), 'the log holds intents');
  });
});
