import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createSettlementServices } from '../../../../../bot/src/features/settlement/create-settlement-services.js';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { DEFAULT_AFFECTED_UNIT_RULES } from '../../../../../bot/src/features/settlement/domain/affected-unit-rules.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { parseSettlementRegistration } from '../../../../../bot/src/features/settlement/domain/settlement-registration-schema.js';
import { splitRegistration } from '../../../../../bot/src/features/settlement/domain/split-registration.js';
import { registerSettlement } from '../../../../../bot/src/features/settlement/use-cases/register-settlement.js';
import { resumeUnitWork } from '../../../../../bot/src/features/settlement/use-cases/resume-unit-work.js';
import { settlementSubject } from '../../../../../bot/src/features/settlement/delivery/settlement-topic.js';
import type { SettlementServices } from '../../../../../bot/src/features/settlement/settlement-services.js';
import { createSettlementHarness, DEMO, type SettlementHarness } from '../../../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../../../support/settlements/test-household.js';

describe('resumeUnitWork (embedded Cosmos DB, real outbox)', () => {
  let h: SettlementHarness;
  let services: SettlementServices;
  const arrival = addDays(osloToday(), 14);
  beforeEach(async () => {
    h = await createSettlementHarness();
    services = createSettlementServices(h.repositories, () => new Date(), randomUUID);
  });
  afterEach(async () => h.dispose());

  it('should start the missing flows and announcements of a registration interrupted after the settlement was stored', async () => {
    const registration = parseSettlementRegistration(testRegistration(arrival), { today: osloToday() });
    const { settlement } = splitRegistration(registration, DEFAULT_AFFECTED_UNIT_RULES, {
      settlementId: randomUUID(),
      tenantId: DEMO_TENANT_ID,
      createdBy: DEMO.coordinator,
      createdAt: new Date().toISOString(),
    });
    await h.repositories.settlements.create(settlement);

    assert.equal(await resumeUnitWork(services, DEMO_TENANT_ID), 6);
    const flows = await h.repositories.flows.listForSettlement(DEMO_TENANT_ID, settlement.id);
    assert.deepEqual(flows.map((f) => f.unitId).sort(), [...settlement.affectedUnitIds].sort());
    const announced = (await h.repositories.outbox.listForSubject(DEMO_TENANT_ID, settlementSubject(settlement.id))).filter(
      (m) => m.topic.name === 'announcement',
    );
    assert.deepEqual(announced.map((m) => m.unitId).sort(), ['barnehage', 'bosetting', 'helsetjeneste', 'nav', 'voi']);

    assert.equal(await resumeUnitWork(services, DEMO_TENANT_ID), 0, 'nothing is left to resume (grunnskole has no channel)');
  });

  it('should leave a half-done registration from more than a week ago to the user (the job reads only the last week)', async () => {
    const registration = parseSettlementRegistration(testRegistration(arrival), { today: osloToday() });
    const { settlement } = splitRegistration(registration, DEFAULT_AFFECTED_UNIT_RULES, {
      settlementId: randomUUID(),
      tenantId: DEMO_TENANT_ID,
      createdBy: DEMO.coordinator,
      createdAt: new Date(Date.now() - 8 * 24 * 60 * 60 * 1000).toISOString(),
    });
    await h.repositories.settlements.create(settlement);
    assert.equal(await resumeUnitWork(services, DEMO_TENANT_ID), 0);
    const lateServices = createSettlementServices(h.repositories, () => new Date(Date.now() - 7 * 24 * 60 * 60 * 1000), randomUUID);
    assert.equal(await resumeUnitWork(lateServices, DEMO_TENANT_ID), 6, 'within a week of it, it is resumed');
  });

  it('should find nothing to resume after a complete registration', async () => {
    await registerSettlement(services, await h.user(DEMO.coordinator), testRegistration(arrival));
    assert.equal(await resumeUnitWork(services, DEMO_TENANT_ID), 0);
  });
});
