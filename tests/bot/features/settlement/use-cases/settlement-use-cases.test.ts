import assert from 'node:assert/strict';
import sinon from 'sinon';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { DomainError, isDomainError } from '../../../../../bot/src/kernel/domain-error.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { cancelSettlementUseCase } from '../../../../../bot/src/features/settlement/use-cases/cancel-settlement-use-case.js';
import { editSettlementUseCase } from '../../../../../bot/src/features/settlement/use-cases/edit-settlement-use-case.js';
import { openSecureZone } from '../../../../../bot/src/features/settlement/use-cases/open-secure-zone.js';
import { registerSettlement } from '../../../../../bot/src/features/settlement/use-cases/register-settlement.js';
import { redeliverToUnit } from '../../../../../bot/src/features/settlement/use-cases/redeliver-to-unit.js';
import { newOutboxMessage } from '../../../../../bot/src/kernel/outbox/new-outbox-message.js';
import { settlementSubject } from '../../../../../bot/src/features/settlement/delivery/settlement-topic.js';
import { remindOverdueTasks } from '../../../../../bot/src/features/settlement/use-cases/remind-overdue-tasks.js';
import { applyTaskAction } from '../../../../../bot/src/features/settlement/use-cases/task-action.js';
import { createSettlementHarness, DEMO, type SettlementHarness } from '../../../../support/settlements/settlement-harness.js';
import { sensitiveStrings, TEST_PERSONS, testRegistration } from '../../../../support/settlements/test-household.js';

async function rejectsWith(promise: Promise<unknown>, code: string, message?: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(isDomainError(error), `expected a DomainError, got ${String(error)}`);
    assert.equal(error.code, code);
    if (message) assert.match(error.message, message);
    return true;
  });
}

describe('settlement use cases (embedded Cosmos DB)', () => {
  let h: SettlementHarness;
  const arrival = addDays(osloToday(), 14);
  beforeEach(async () => {
    h = await createSettlementHarness();
  });
  afterEach(async () => {
    sinon.restore();
    await h.dispose();
  });

  it('should keep names and birth dates out of the settlement document and in the personal-data container', async () => {
    const registration = testRegistration(arrival);
    const { settlement } = await registerSettlement(h.services, await h.user(DEMO.coordinator), registration);
    const raw = await h.storage.containers.core.items.query('SELECT * FROM c').fetchAll();
    const coreText = JSON.stringify(raw.resources);
    for (const secret of sensitiveStrings(registration)) assert.ok(!coreText.includes(secret), `core container leaks ${secret}`);
    const personal = await h.repositories.personalData.listForSettlement(DEMO_TENANT_ID, settlement.id);
    assert.deepEqual(personal.map((p) => p.fullName).sort(), registration.members.map((m) => m.fullName).sort());
    assert.equal((await h.repositories.personalData.getNote(DEMO_TENANT_ID, settlement.id))?.text, registration.note);
  });

  it('should affect the units the default rules name, start their flows and warn about a unit without channel', async () => {
    const { settlement, warnings } = await registerSettlement(h.services, await h.user(DEMO.coordinator), testRegistration(arrival));
    assert.deepEqual([...settlement.affectedUnitIds].sort(), ['barnehage', 'bosetting', 'grunnskole', 'helsetjeneste', 'nav', 'voi']);
    const flows = await h.repositories.flows.listForSettlement(DEMO_TENANT_ID, settlement.id);
    assert.equal(flows.length, 6);
    assert.ok(flows.every((f) => f.tasks.length > 0 && f.status === 'active'));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /Grunnskole er ikke koblet til noen kanal/);
    assert.deepEqual(h.announcements.kindsFor('barnehage'), ['announcement']);
    assert.deepEqual(h.announcements.kindsFor('grunnskole'), []);
  });

  it('should refuse registration by a unit member and store nothing', async () => {
    await rejectsWith(registerSettlement(h.services, await h.user(DEMO.barnehage), testRegistration(arrival)), 'forbidden');
    assert.deepEqual((await h.repositories.settlements.listPage(DEMO_TENANT_ID, { limit: 100 })).settlements, []);
  });

  it('should refuse an arrival date in the distant past and an oversized note in Norwegian, storing nothing', async () => {
    const coordinator = await h.user(DEMO.coordinator);
    await rejectsWith(registerSettlement(h.services, coordinator, testRegistration('2019-01-01')), 'invalid-input', /ankomst/i);
    await rejectsWith(
      registerSettlement(h.services, coordinator, { ...testRegistration(arrival), note: 'x'.repeat(2001) }),
      'invalid-input',
    );
    assert.deepEqual((await h.repositories.settlements.listPage(DEMO_TENANT_ID, { limit: 100 })).settlements, []);
    const personal = await h.storage.containers.personalData.items.query('SELECT * FROM c').fetchAll();
    assert.equal(personal.resources.length, 0);
  });

  it('should show a barnehage member only the 1–5-year-old and the guardians, audited first', async () => {
    const { settlement } = await registerSettlement(h.services, await h.user(DEMO.coordinator), testRegistration(arrival));
    const zone = await openSecureZone(h.services, await h.user(DEMO.barnehage), { settlementId: settlement.id, unitId: 'barnehage' });
    assert.deepEqual(
      zone.persons.map((p) => p.fullName).sort(),
      [TEST_PERSONS.father.fullName, TEST_PERSONS.mother.fullName, TEST_PERSONS.toddler.fullName].sort(),
    );
    const audit = await h.repositories.audit.list(DEMO_TENANT_ID);
    const entry = audit.find((e) => e.action === 'personal-data.read');
    assert.equal(entry?.actorId, DEMO.barnehage);
    assert.deepEqual((entry?.details as { personIds: string[] }).personIds.sort(), zone.persons.map((p) => p.personId).sort());
    assert.ok(!JSON.stringify(audit).includes(TEST_PERSONS.mother.fullName), 'the audit log holds ids, not names');
  });

  it('should show nothing when the audit write fails', async () => {
    const { settlement } = await registerSettlement(h.services, await h.user(DEMO.coordinator), testRegistration(arrival));
    sinon.stub(h.repositories.audit, 'append').rejects(new Error('audit down'));
    const read = sinon.spy(h.repositories.personalData, 'listForSettlement');
    await assert.rejects(openSecureZone(h.services, await h.user(DEMO.barnehage), { settlementId: settlement.id, unitId: 'barnehage' }));
    assert.equal(read.callCount, 0);
  });

  it("should refuse another unit's secure zone and another tenant's settlement", async () => {
    const { settlement } = await registerSettlement(h.services, await h.user(DEMO.coordinator), testRegistration(arrival));
    await rejectsWith(
      openSecureZone(h.services, await h.user(DEMO.grunnskole), { settlementId: settlement.id, unitId: 'barnehage' }),
      'forbidden',
    );
    const stranger = { ...(await h.user(DEMO.barnehage)), tenantId: 'ffffffff-0000-4000-8000-000000000000' };
    await rejectsWith(openSecureZone(h.services, stranger, { settlementId: settlement.id, unitId: 'barnehage' }), 'not-found');
  });

  it('should close flows, announce and end access to names when a settlement is cancelled', async () => {
    const coordinator = await h.user(DEMO.coordinator);
    const { settlement } = await registerSettlement(h.services, coordinator, testRegistration(arrival));
    await cancelSettlementUseCase(h.services, coordinator, { settlementId: settlement.id, expectedVersion: 1 });
    const flows = await h.repositories.flows.listForSettlement(DEMO_TENANT_ID, settlement.id);
    assert.ok(flows.every((f) => f.status === 'closed'));
    assert.deepEqual(h.announcements.kindsFor('barnehage'), ['announcement', 'cancelled', 'card-update']);
    await rejectsWith(
      openSecureZone(h.services, await h.user(DEMO.barnehage), { settlementId: settlement.id, unitId: 'barnehage' }),
      'forbidden',
    );
  });

  it('should tell barnehage and close its flow when the toddler is removed by an edit, and refuse a stale version', async () => {
    const coordinator = await h.user(DEMO.coordinator);
    const registration = testRegistration(arrival);
    const { settlement } = await registerSettlement(h.services, coordinator, registration);
    const edited = { ...registration, members: registration.members.filter((m) => m.fullName !== TEST_PERSONS.toddler.fullName) };
    await editSettlementUseCase(h.services, coordinator, { settlementId: settlement.id, registration: edited, expectedVersion: 1 });
    assert.equal((await h.repositories.flows.get(DEMO_TENANT_ID, settlement.id, 'barnehage'))?.value.status, 'closed');
    assert.deepEqual(h.announcements.kindsFor('barnehage'), ['announcement', 'removed', 'card-update']);
    assert.deepEqual(h.announcements.kindsFor('nav'), ['announcement', 'edited', 'card-update']);
    const personal = await h.repositories.personalData.listForSettlement(DEMO_TENANT_ID, settlement.id);
    assert.ok(!personal.some((p) => p.fullName === TEST_PERSONS.toddler.fullName), "the removed person's record is deleted");
    await rejectsWith(
      editSettlementUseCase(h.services, coordinator, { settlementId: settlement.id, registration: edited, expectedVersion: 1 }),
      'conflict',
    );
  });

  it('should write nothing when an edit loses a race for the settlement (stale ETag)', async () => {
    const coordinator = await h.user(DEMO.coordinator);
    const registration = testRegistration(arrival);
    const { settlement } = await registerSettlement(h.services, coordinator, registration);
    const renamed = { ...registration, members: registration.members.map((m) => ({ ...m, fullName: `${m.fullName} Endret` })) };
    sinon.stub(h.repositories.settlements, 'replace').rejects(new DomainError('conflict', 'stale etag'));
    await rejectsWith(
      editSettlementUseCase(h.services, coordinator, { settlementId: settlement.id, registration: renamed, expectedVersion: 1 }),
      'conflict',
    );
    const personal = await h.repositories.personalData.listForSettlement(DEMO_TENANT_ID, settlement.id);
    assert.ok(
      personal.every((p) => !p.fullName.endsWith('Endret')),
      'no personal record was changed',
    );
  });

  it('should let a unit member take and complete a task, and refuse completing it again by someone else', async () => {
    const { settlement } = await registerSettlement(h.services, await h.user(DEMO.coordinator), testRegistration(arrival));
    const flow = (await h.repositories.flows.get(DEMO_TENANT_ID, settlement.id, 'barnehage'))!.value;
    const taskId = flow.tasks[0]!.taskId;
    const member = await h.user(DEMO.barnehage);
    const target = { settlementId: settlement.id, unitId: 'barnehage', taskId };
    await applyTaskAction(h.services, member, { ...target, action: 'take' });
    const done = await applyTaskAction(h.services, member, { ...target, action: 'complete' });
    assert.equal(done.tasks[0]!.status, 'done');
    assert.equal(done.tasks[0]!.completedBy, DEMO.barnehage);
    await rejectsWith(applyTaskAction(h.services, await h.user(DEMO.admin), { ...target, action: 'complete' }), 'conflict');
    await rejectsWith(applyTaskAction(h.services, await h.user(DEMO.grunnskole), { ...target, action: 'reopen' }), 'forbidden');
    assert.ok(h.announcements.kindsFor('barnehage').includes('card-update'));
  });

  it('should queue a unit’s failed announcement again to its current channel, and announce to a unit bound late', async () => {
    const coordinator = await h.user(DEMO.coordinator);
    const { settlement } = await registerSettlement(h.services, coordinator, testRegistration(arrival));
    const now = new Date();
    const failed = newOutboxMessage({
      tenantId: DEMO_TENANT_ID,
      subject: settlementSubject(settlement.id),
      unitId: 'nav',
      topic: { name: 'edited', version: 9 },
      conversationId: '19:gammel@thread.tacv2',
      now,
    });
    await h.repositories.outbox.enqueue(failed);
    const stored = (await h.repositories.outbox.get(DEMO_TENANT_ID, failed.id))!;
    await h.repositories.outbox.markFailed(stored, 'http-404', now);
    assert.equal(await redeliverToUnit(h.services, coordinator, { settlementId: settlement.id, unitId: 'nav' }), 1);
    const requeued = (await h.repositories.outbox.get(DEMO_TENANT_ID, failed.id))!.value;
    assert.deepEqual([requeued.status, requeued.attempts, requeued.conversationId], ['pending', 0, '19:nav@thread.tacv2']);

    await rejectsWith(
      redeliverToUnit(h.services, coordinator, { settlementId: settlement.id, unitId: 'grunnskole' }),
      'invalid-input',
      /ikke koblet/,
    );
    await h.repositories.bindings.put({
      tenantId: DEMO_TENANT_ID,
      unitId: 'grunnskole',
      conversationId: '19:grunnskole@thread.tacv2',
      boundBy: DEMO.admin,
      boundAt: now.toISOString(),
    });
    await redeliverToUnit(h.services, coordinator, { settlementId: settlement.id, unitId: 'grunnskole' });
    assert.deepEqual(h.announcements.kindsFor('grunnskole'), ['announcement']);
    await rejectsWith(
      redeliverToUnit(h.services, await h.user(DEMO.barnehage), { settlementId: settlement.id, unitId: 'nav' }),
      'forbidden',
    );
  });

  it('should remind overdue tasks at most once a day', async () => {
    const { settlement } = await registerSettlement(h.services, await h.user(DEMO.coordinator), testRegistration(arrival));
    h.setNow(new Date(`${addDays(arrival, 120)}T09:00:00Z`));
    const first = await remindOverdueTasks(h.services, DEMO_TENANT_ID);
    assert.ok(first >= 5, `reminded ${first} flows`);
    assert.equal(await remindOverdueTasks(h.services, DEMO_TENANT_ID), 0);
    assert.ok(h.announcements.queued.some((q) => q.settlementId === settlement.id && q.what.name === 'reminder'));
    h.setNow(new Date(`${addDays(arrival, 121)}T09:00:00Z`));
    assert.equal(await remindOverdueTasks(h.services, DEMO_TENANT_ID), first);
  });
});
