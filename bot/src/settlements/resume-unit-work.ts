import type { SettlementServices } from './settlement-services.js';
import { startUnitWork } from './start-unit-work.js';

/**
 * Completes registrations interrupted half-way (e.g. a crash after the settlement was stored but
 * before every flow and announcement was): starting unit work is idempotent, so it is safe to
 * run for every open settlement. Returns how many settlements were checked.
 */
export async function resumeUnitWork(services: SettlementServices, tenantId: string): Promise<number> {
  const open = (await services.settlements.list(tenantId)).filter((s) => s.status === 'open');
  for (const settlement of open) await startUnitWork(services, settlement, settlement.affectedUnitIds);
  return open.length;
}
