import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import sinon from 'sinon';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { DomainError } from '../../../../../bot/src/kernel/domain-error.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import type { Settlement } from '../../../../../bot/src/features/settlement/domain/settlement.js';
import { referenceYearAt } from '../../../../../bot/src/features/settlement/domain/settlement-reference.js';
import {
  assignMissingReferences,
  referenceBackfill,
} from '../../../../../bot/src/features/settlement/use-cases/assign-missing-references.js';
import { registerSettlement } from '../../../../../bot/src/features/settlement/use-cases/register-settlement.js';
import { createSettlementHarness, DEMO, type SettlementHarness } from '../../../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../../../support/settlements/test-household.js';

describe('assignMissingReferences (housekeeping, embedded Cosmos DB)', function () {
  this.timeout(60_000);
  let h: SettlementHarness;
  let template: Settlement;
  const year = referenceYearAt(new Date());

  beforeEach(async () => {
    h = await createSettlementHarness();
    const coordinator = await h.user(DEMO.coordinator);
    template = (await registerSettlement(h.services, coordinator, testRegistration(addDays(osloToday(), 10)))).settlement;
  });
  afterEach(async () => {
    sinon.restore();
    await h.dispose();
  });

  /** A settlement as stored before references existed. */
  async function legacy(createdAt: string): Promise<string> {
    const { reference: _none, ...rest } = template;
    const id = randomUUID();
    await h.repositories.settlements.create({ ...rest, id, createdAt });
    return id;
  }
  const referenceOf = async (id: string) => (await h.repositories.settlements.get(DEMO_TENANT_ID, id))?.value.reference;

  it('should number old settlements oldest first in the year they were registered, after the numbers already taken', async () => {
    const later = await legacy('2025-06-01T10:00:00.000Z');
    const earlier = await legacy('2025-02-01T10:00:00.000Z');
    const thisYear = await legacy(new Date().toISOString());
    assert.equal(await assignMissingReferences(h.services, DEMO_TENANT_ID), 3);
    assert.equal(await referenceOf(earlier), 'BOS-2025-001');
    assert.equal(await referenceOf(later), 'BOS-2025-002');
    assert.equal(await referenceOf(thisYear), `BOS-${year}-002`, 'after the registration that already has 001');
    assert.equal(await referenceOf(template.id), `BOS-${year}-001`, 'a numbered settlement is untouched');
  });

  it('should change nothing and take no number when it runs again', async () => {
    const id = await legacy('2025-02-01T10:00:00.000Z');
    await assignMissingReferences(h.services, DEMO_TENANT_ID);
    const before = await h.repositories.settlements.get(DEMO_TENANT_ID, id);
    const next = sinon.spy(h.services.references, 'next');
    assert.equal(await assignMissingReferences(h.services, DEMO_TENANT_ID), 0);
    assert.equal(next.callCount, 0);
    const after = await h.repositories.settlements.get(DEMO_TENANT_ID, id);
    assert.equal(after?.etag, before?.etag);
    assert.equal(after?.value.version, template.version, 'numbering is no user change: the version stays');
  });

  it('should number a settlement from its new state when an edit wins the race', async () => {
    const id = await legacy('2025-02-01T10:00:00.000Z');
    const edited = { ...(await h.repositories.settlements.get(DEMO_TENANT_ID, id))!.value, addressArea: 'Nord' };
    const replace = h.repositories.settlements.replace.bind(h.repositories.settlements);
    sinon
      .stub(h.repositories.settlements, 'replace')
      .onFirstCall()
      .callsFake(async () => {
        // The coordinator's edit lands between the backfill's read and its write.
        const current = (await h.repositories.settlements.get(DEMO_TENANT_ID, id))!;
        await replace(edited, current.etag);
        throw new DomainError('conflict', 'stale');
      })
      .callThrough();
    assert.equal(await assignMissingReferences(h.services, DEMO_TENANT_ID), 1);
    const stored = (await h.repositories.settlements.get(DEMO_TENANT_ID, id))!.value;
    assert.deepEqual([stored.reference, stored.addressArea], ['BOS-2025-001', 'Nord']);
  });

  it('should stop querying a tenant once a housekeeping run found nothing left to number', async () => {
    const run = referenceBackfill(h.services);
    const id = await legacy('2025-02-01T10:00:00.000Z');
    const query = sinon.spy(h.repositories.settlements, 'listWithoutReference');
    assert.equal(await run(DEMO_TENANT_ID), 1);
    assert.equal(await run(DEMO_TENANT_ID), 0);
    assert.equal(await run(DEMO_TENANT_ID), 0);
    assert.equal(query.callCount, 2, 'the third run asked nothing');
    assert.equal(await referenceOf(id), 'BOS-2025-001');
  });
});
