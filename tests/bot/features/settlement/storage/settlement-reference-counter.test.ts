import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import sinon from 'sinon';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { referenceYearAt } from '../../../../../bot/src/features/settlement/domain/settlement-reference.js';
import { CosmosSettlementReferenceCounter } from '../../../../../bot/src/features/settlement/storage/cosmos-settlement-reference-counter.js';
import { registerSettlement } from '../../../../../bot/src/features/settlement/use-cases/register-settlement.js';
import { meterCosmos } from '../../../../../bot/src/platform/storage/cosmos/cosmos-meter.js';
import { createSettlementHarness, DEMO, type SettlementHarness } from '../../../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../../../support/settlements/test-household.js';

describe('CosmosSettlementReferenceCounter (embedded Cosmos DB)', function () {
  this.timeout(60_000);
  let h: SettlementHarness;
  beforeEach(async () => {
    h = await createSettlementHarness();
  });
  afterEach(async () => {
    sinon.restore();
    await h.dispose();
  });

  it('should give 1, 2, 3 in order when called one after another', async () => {
    const counter = new CosmosSettlementReferenceCounter(h.storage.containers.core);
    assert.deepEqual([await counter.next('t1', 2026), await counter.next('t1', 2026), await counter.next('t1', 2026)], [1, 2, 3]);
  });

  it('should count each tenant and each year on its own when they differ', async () => {
    const counter = new CosmosSettlementReferenceCounter(h.storage.containers.core);
    await counter.next('t1', 2026);
    await counter.next('t1', 2026);
    assert.equal(await counter.next('t2', 2026), 1);
    assert.equal(await counter.next('t1', 2027), 1);
    assert.equal(await counter.next('t1', 2026), 3);
  });

  it('should give 20 concurrent callers the distinct, consecutive numbers 1–20', async () => {
    const counter = new CosmosSettlementReferenceCounter(h.storage.containers.core);
    const numbers = await Promise.all(Array.from({ length: 20 }, () => counter.next(DEMO_TENANT_ID, 2026)));
    assert.deepEqual(
      [...numbers].sort((a, b) => a - b),
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  it('should give a burst of 100 concurrent callers 1–100 without retrying, one round trip each once the year has begun', async () => {
    const counter = new CosmosSettlementReferenceCounter(h.storage.containers.core);
    assert.equal(await counter.next('t-burst', 2026), 1);
    const { tally } = await meterCosmos(() => counter.next('t-burst', 2026));
    assert.equal(tally.roundTrips, 1, 'the database counts up: no read before the write');
    const numbers = await Promise.all(Array.from({ length: 100 }, () => counter.next('t-burst', 2026)));
    assert.deepEqual(
      [...numbers].sort((a, b) => a - b),
      Array.from({ length: 100 }, (_, i) => i + 3),
    );
  });

  it('should give 10 concurrent registrations 10 distinct references', async () => {
    const coordinator = await h.user(DEMO.coordinator);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        registerSettlement(h.services, coordinator, testRegistration(addDays(osloToday(), 10)), { idempotencyKey: randomUUID() }),
      ),
    );
    const references = results.map((r) => r.settlement.reference);
    const year = referenceYearAt(new Date());
    assert.equal(new Set(references).size, 10);
    assert.deepEqual(
      [...references].sort(),
      Array.from({ length: 10 }, (_, i) => `BOS-${year}-${String(i + 1).padStart(3, '0')}`),
    );
    const stored = (await h.repositories.settlements.listPage(DEMO_TENANT_ID, { limit: 100 })).settlements.map((s) => s.reference);
    assert.deepEqual(stored.sort(), [...references].sort(), 'each reference is stored with its settlement');
  });
});
