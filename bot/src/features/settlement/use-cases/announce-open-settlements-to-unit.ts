import type { SettlementServices } from '../settlement-services.js';
import { settlementPages } from './settlement-pages.js';
import { startUnitWork, type StartUnitWorkDeps } from './start-unit-work.js';

/** What {@link announceOpenSettlementsToUnit} uses: the settlements, and what starting unit work uses. */
export type AnnounceOpenSettlementsToUnitDeps = Pick<SettlementServices, 'settlements'> & StartUnitWorkDeps;

/** After a unit is bound to a channel: the open settlements that affect it are announced there (idempotent). */
export async function announceOpenSettlementsToUnit(
  services: AnnounceOpenSettlementsToUnitDeps,
  tenantId: string,
  unitId: string,
): Promise<number> {
  let announced = 0;
  for await (const open of settlementPages(services.settlements, tenantId, { status: 'open', affectingAnyOf: [unitId] })) {
    for (const settlement of open) await startUnitWork(services, settlement, [unitId]);
    announced += open.length;
  }
  return announced;
}
