import { defaultRoutineTemplate } from '../domain/default-routine-templates.js';
import type { Settlement } from '../domain/settlement.js';
import { startUnitFlow } from '../domain/unit-flow.js';
import type { SettlementServices } from '../settlement-services.js';

/** Norwegian warning for each affected unit that no channel is bound to (empty when all are bound). */
export type UnitWarnings = string[];

/** What {@link startUnitWork} uses: the units (for warnings), their routines, the flows and the announcements. */
export type StartUnitWorkDeps = Pick<SettlementServices, 'units' | 'templates' | 'flows' | 'announcements' | 'now'>;

/**
 * Starts the unit's routine flow for each given unit, then queues their announcements. Idempotent:
 * flows are created only when missing and announcements have deterministic ids, so a registration
 * interrupted half-way is completed by running this again.
 */
export async function startUnitWork(
  services: StartUnitWorkDeps,
  settlement: Settlement,
  unitIds: readonly string[],
): Promise<UnitWarnings> {
  const warnings: UnitWarnings = [];
  const units = await services.units.list(settlement.tenantId);
  for (const unitId of unitIds) {
    const template = (await services.templates.get(settlement.tenantId, unitId)) ?? defaultRoutineTemplate(settlement.tenantId, unitId);
    await services.flows.createIfMissing(startUnitFlow(template, settlement, { createdAt: services.now().toISOString() }));
  }
  // Every flow exists before any card goes out, and the announcements are queued together, so the
  // outbox can post them as one burst within Teams' limits instead of one unit at a time.
  const queued = await Promise.all(
    unitIds.map((unitId) => services.announcements.enqueue(settlement.tenantId, settlement.id, unitId, { name: 'announcement' })),
  );
  for (const [index, unitId] of unitIds.entries()) {
    if (queued[index] !== 'no-channel') continue;
    const name = units.find((unit) => unit.id === unitId)?.name ?? unitId;
    warnings.push(
      `${name} er ikke koblet til noen kanal, så enheten får ikke varselet. Be en administrator skrive «@Introteam koble kanal» i enhetens kanal.`,
    );
  }
  return warnings;
}
