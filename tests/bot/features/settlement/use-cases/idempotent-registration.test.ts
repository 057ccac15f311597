import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import sinon from 'sinon';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { DomainError, isDomainError } from '../../../../../bot/src/kernel/domain-error.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { registerSettlement } from '../../../../../bot/src/features/settlement/use-cases/register-settlement.js';
import { createSettlementHarness, DEMO, type SettlementHarness } from '../../../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../../../support/settlements/test-household.js';

describe('idempotent registration (embedded Cosmos DB)', () => {
  let h: SettlementHarness;
  const arrival = addDays(osloToday(), 14);
  beforeEach(async () => {
    h = await createSettlementHarness();
  });
  afterEach(async () => {
    sinon.restore();
    await h.dispose();
  });

  const personalCount = async () =>
    (await h.storage.containers.personalData.items.query('SELECT VALUE COUNT(1) FROM c').fetchAll()).resources[0] as number;
  const registerEntries = async () => (await h.repositories.audit.list(DEMO_TENANT_ID)).filter((e) => e.action === 'settlement.register');

  it('should create one settlement and return the same id when a registration is retried with the same key', async () => {
    const coordinator = await h.user(DEMO.coordinator);
    const registration = testRegistration(arrival);
    const idempotencyKey = randomUUID();
    const first = await registerSettlement(h.services, coordinator, registration, { idempotencyKey });
    const retry = await registerSettlement(h.services, coordinator, registration, { idempotencyKey });
    assert.deepEqual([first.created, retry.created], [true, false]);
    assert.equal(retry.settlement.id, first.settlement.id);
    assert.equal((await h.repositories.settlements.listPage(DEMO_TENANT_ID, { limit: 100 })).settlements.length, 1);
    assert.equal((await h.repositories.flows.listForSettlement(DEMO_TENANT_ID, first.settlement.id)).length, 6);
    assert.equal(await personalCount(), registration.members.length + 1);
    assert.equal((await registerEntries()).length, 1, 'the retry found its audit entry');
  });

  it('should keep the stored reference and take no new number when a registration is retried with the same key', async () => {
    const coordinator = await h.user(DEMO.coordinator);
    const registration = testRegistration(arrival);
    const idempotencyKey = randomUUID();
    const next = sinon.spy(h.services.references, 'next');
    const first = await registerSettlement(h.services, coordinator, registration, { idempotencyKey });
    const retry = await registerSettlement(h.services, coordinator, registration, { idempotencyKey });
    assert.match(first.settlement.reference ?? '', /^BOS-\d{4}-001$/);
    assert.equal(retry.settlement.reference, first.settlement.reference);
    assert.equal(next.callCount, 1, 'the retry took no number');
    const other = await registerSettlement(h.services, coordinator, testRegistration(arrival), { idempotencyKey: randomUUID() });
    assert.match(other.settlement.reference ?? '', /^BOS-\d{4}-002$/, 'no gap after a retry');
  });

  it('should create one settlement when the same submission arrives several times at once', async () => {
    const coordinator = await h.user(DEMO.coordinator);
    const registration = testRegistration(arrival);
    const idempotencyKey = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => registerSettlement(h.services, coordinator, registration, { idempotencyKey })),
    );
    assert.equal(new Set(results.map((r) => r.settlement.id)).size, 1);
    assert.equal(results.filter((r) => r.created).length, 1);
    assert.equal((await h.repositories.settlements.listPage(DEMO_TENANT_ID, { limit: 100 })).settlements.length, 1);
    assert.equal((await h.repositories.flows.listForSettlement(DEMO_TENANT_ID, results[0]!.settlement.id)).length, 6);
    assert.equal(await personalCount(), registration.members.length + 1);
    assert.equal((await registerEntries()).length, 1);
  });

  it('should resume a registration that crashed after the names were written when it is retried', async () => {
    const coordinator = await h.user(DEMO.coordinator);
    const registration = testRegistration(arrival);
    const idempotencyKey = randomUUID();
    sinon.stub(h.repositories.settlements, 'create').onFirstCall().rejects(new DomainError('storage-unavailable', 'down')).callThrough();
    await assert.rejects(registerSettlement(h.services, coordinator, registration, { idempotencyKey }));
    assert.deepEqual((await h.repositories.settlements.listPage(DEMO_TENANT_ID, { limit: 100 })).settlements, []);
    const resumed = await registerSettlement(h.services, coordinator, registration, { idempotencyKey });
    assert.equal(resumed.created, true);
    assert.equal((await h.repositories.settlements.listPage(DEMO_TENANT_ID, { limit: 100 })).settlements.length, 1);
    assert.equal(await personalCount(), registration.members.length + 1);
    assert.equal((await registerEntries()).length, 1);
  });

  it('should refuse a key reused with a different registration in Norwegian and change nothing', async () => {
    const coordinator = await h.user(DEMO.coordinator);
    const registration = testRegistration(arrival);
    const idempotencyKey = randomUUID();
    const first = await registerSettlement(h.services, coordinator, registration, { idempotencyKey });
    const personal = JSON.stringify(await h.repositories.personalData.listForSettlement(DEMO_TENANT_ID, first.settlement.id));
    const other = { ...registration, addressArea: 'Nord' };
    for (const [actor, body] of [
      [coordinator, other],
      [await h.user(DEMO.admin), registration],
    ] as const) {
      await assert.rejects(registerSettlement(h.services, actor, body, { idempotencyKey }), (error: unknown) => {
        assert.ok(isDomainError(error, 'conflict'));
        assert.match(error.userMessage ?? '', /allerede brukt/);
        return true;
      });
    }
    assert.equal((await h.repositories.settlements.get(DEMO_TENANT_ID, first.settlement.id))?.value.addressArea, 'Sentrum');
    assert.equal(JSON.stringify(await h.repositories.personalData.listForSettlement(DEMO_TENANT_ID, first.settlement.id)), personal);
    assert.equal((await h.repositories.settlements.listPage(DEMO_TENANT_ID, { limit: 100 })).settlements.length, 1);
  });

  it('should register separately without a key and with different keys', async () => {
    const coordinator = await h.user(DEMO.coordinator);
    const registration = testRegistration(arrival);
    await registerSettlement(h.services, coordinator, registration);
    await registerSettlement(h.services, coordinator, registration);
    await registerSettlement(h.services, coordinator, registration, { idempotencyKey: randomUUID() });
    await registerSettlement(h.services, coordinator, registration, { idempotencyKey: randomUUID() });
    assert.equal((await h.repositories.settlements.listPage(DEMO_TENANT_ID, { limit: 100 })).settlements.length, 4);
  });
});
