import { userError } from '../../../kernel/domain-error.js';
import type { Settlement } from '../domain/settlement.js';
import type { Versioned } from '../../../kernel/versioned.js';
import type { SettlementServices } from '../settlement-services.js';

/** What {@link loadSettlement} uses. */
export type LoadSettlementDeps = Pick<SettlementServices, 'settlements'>;

/** The settlement in the caller's tenant; another tenant's id is simply not found. */
export async function loadSettlement(services: LoadSettlementDeps, tenantId: string, settlementId: string): Promise<Versioned<Settlement>> {
  const found = await services.settlements.get(tenantId, settlementId);
  if (!found) throw userError('not-found', 'Fant ikke bosettingen.');
  return found;
}
