import type { SettlementServices } from '../settlement-services.js';
import { startUnitWork } from './start-unit-work.js';

/** After a unit is bound to a channel: the open settlements that affect it are announced there (idempotent). */
export async function announceOpenSettlementsToUnit(services: SettlementServices, tenantId: string, unitId: string): Promise<number> {
  const open = (await services.settlements.list(tenantId)).filter((s) => s.status === 'open' && s.affectedUnitIds.includes(unitId));
  for (const settlement of open) await startUnitWork(services, settlement, [unitId]);
  return open.length;
}
