import { randomUUID } from 'node:crypto';
import {
  DEFAULT_AFFECTED_UNIT_RULES,
  addDays,
  defaultRoutineTemplate,
  osloToday,
  parseSettlementRegistration,
  splitRegistration,
  startUnitFlow,
  type Settlement,
  type SplitRegistration,
  type UnitFlow,
} from '../../../../../bot/src/features/settlement/domain/index.js';
import { testRegistration } from '../../../../support/settlements/test-household.js';

/** A registration of the test household, split by the settlement domain, arriving `daysAhead` days from today. */
export function splitTestSettlement(tenantId: string, daysAhead = 14): SplitRegistration {
  const today = osloToday();
  const registration = parseSettlementRegistration(testRegistration(addDays(today, daysAhead)), { today });
  return splitRegistration(registration, DEFAULT_AFFECTED_UNIT_RULES, {
    settlementId: randomUUID(),
    tenantId,
    createdBy: '00000000-0000-4000-8000-000000000002',
    createdAt: new Date().toISOString(),
  });
}

/** The unit's flow for the settlement, started from the built-in routine. */
export function testFlow(settlement: Settlement, unitId: string): UnitFlow {
  return startUnitFlow(defaultRoutineTemplate(settlement.tenantId, unitId), settlement, { createdAt: new Date().toISOString() });
}
