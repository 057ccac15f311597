import type { AppUser } from '../../../kernel/users/app-user.js';
import { cancelSettlement } from '../domain/cancel-settlement.js';
import type { Settlement } from '../domain/settlement.js';
import { loadSettlement, type LoadSettlementDeps } from './load-settlement.js';
import { requireAnyRole } from '../../../kernel/users/require-role.js';
import type { SettlementServices } from '../settlement-services.js';
import { recordIntent, type IntentRecorder } from '../../../kernel/audit/record-intent.js';
import { updateUnitFlows, type UpdateUnitFlowsDeps } from './update-unit-flows.js';

/** What {@link cancelSettlementUseCase} uses: the settlements, the audit log, and what closing the unit flows uses. */
export type CancelSettlementDeps = Pick<SettlementServices, 'settlements' | 'now'> &
  LoadSettlementDeps &
  IntentRecorder &
  UpdateUnitFlowsDeps;

/** Cancels a settlement: every unit's flow is closed, access to names ends, and each unit is told. */
export async function cancelSettlementUseCase(
  services: CancelSettlementDeps,
  actor: AppUser,
  input: { readonly settlementId: string; readonly expectedVersion: number },
): Promise<Settlement> {
  requireAnyRole(actor, ['coordinator', 'admin'], 'Bare bosettingskoordinator eller administrator kan avlyse en bosetting.');
  const now = services.now();
  const current = await loadSettlement(services, actor.tenantId, input.settlementId);
  const cancelled = cancelSettlement(current.value, {
    changedBy: actor.id,
    changedAt: now.toISOString(),
    expectedVersion: input.expectedVersion,
  });
  // Audited first (fail closed): if the entry cannot be written the settlement stays open.
  await recordIntent(services, actor, {
    action: 'settlement.cancel',
    resource: `settlement:${current.value.id}`,
    operation: [actor.id, `v${current.value.version}`],
    details: { version: cancelled.version },
  });
  const { value: settlement } = await services.settlements.replace(cancelled, current.etag);
  await updateUnitFlows(services, settlement, { removed: current.value.affectedUnitIds, kept: [] });
  return settlement;
}
