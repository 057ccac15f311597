import type { Settlement } from './settlement.js';

/** True when the unit may open the settlement now: it is open and the unit is affected by it. */
export function isOpenToUnit(settlement: Settlement, unitId: string): boolean {
  return settlement.status === 'open' && settlement.affectedUnitIds.includes(unitId);
}

/** The persons a unit may see in the secure zone; empty when the settlement is not open to it. */
export function relevantPersonIds(settlement: Settlement, unitId: string): readonly string[] {
  if (!isOpenToUnit(settlement, unitId)) {
    return [];
  }
  return settlement.affectedUnits.find((unit) => unit.unitId === unitId)?.personIds ?? [];
}
