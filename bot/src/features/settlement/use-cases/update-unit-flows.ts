import { closeUnitFlow, reactivateUnitFlow, rescheduleUnitFlow } from '../domain/unit-flow-lifecycle.js';
import type { Settlement } from '../domain/settlement.js';
import type { UnitFlow } from '../domain/unit-flow.js';
import type { SettlementServices } from '../settlement-services.js';

/** Which units keep the settlement after a change and which lost it. */
export interface FlowChanges {
  readonly removed: readonly string[];
  readonly kept: readonly string[];
}

/** What {@link updateUnitFlows} uses: the flows and the announcements. */
export type UpdateUnitFlowsDeps = Pick<SettlementServices, 'flows' | 'announcements' | 'now'>;

/**
 * After an edit or a cancellation: closes the flows of units that lost the settlement (with a
 * notice), keeps the others' due dates in step with the arrival date, and queues a notice plus an
 * in-place update of each unit's card.
 */
export async function updateUnitFlows(services: UpdateUnitFlowsDeps, settlement: Settlement, changes: FlowChanges): Promise<void> {
  const at = services.now().toISOString();
  const cancelled = settlement.status === 'cancelled';
  for (const unitId of changes.removed) {
    await changeFlow(services, settlement, unitId, (flow) => (flow.status === 'active' ? closeUnitFlow(flow, at) : flow));
    const notice = cancelled ? ({ name: 'cancelled' } as const) : ({ name: 'removed', version: settlement.version } as const);
    await services.announcements.enqueue(settlement.tenantId, settlement.id, unitId, notice);
    await services.announcements.enqueue(settlement.tenantId, settlement.id, unitId, {
      name: 'card-update',
      revision: `v${settlement.version}`,
    });
  }
  for (const unitId of changes.kept) {
    await changeFlow(services, settlement, unitId, (flow) =>
      flow.status === 'closed'
        ? reactivateUnitFlow(flow, settlement.arrivalDate, at)
        : rescheduleUnitFlow(flow, settlement.arrivalDate, at),
    );
    await services.announcements.enqueue(settlement.tenantId, settlement.id, unitId, { name: 'edited', version: settlement.version });
    await services.announcements.enqueue(settlement.tenantId, settlement.id, unitId, {
      name: 'card-update',
      revision: `v${settlement.version}`,
    });
  }
}

async function changeFlow(
  services: Pick<SettlementServices, 'flows'>,
  settlement: Settlement,
  unitId: string,
  change: (flow: UnitFlow) => UnitFlow,
): Promise<void> {
  const current = await services.flows.get(settlement.tenantId, settlement.id, unitId);
  if (!current) return;
  const next = change(current.value);
  if (next !== current.value) await services.flows.replace(next, current.etag);
}
