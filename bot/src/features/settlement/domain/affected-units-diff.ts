import { relevantPersonIds } from './settlement-access.js';
import type { Settlement } from './settlement.js';

/** How the affected units changed between two versions of a settlement, for announcing an edit. */
export interface AffectedUnitsDiff {
  /** Units that are newly affected: announce and start their flows. */
  readonly added: readonly string[];
  /** Units no longer affected (all units when the settlement was cancelled): tell them and close their flows. */
  readonly removed: readonly string[];
  /** Units still affected whose visible persons changed. */
  readonly changed: readonly string[];
  /** Units still affected with the same visible persons (the facts may still have changed). */
  readonly unchanged: readonly string[];
}

/** Units open to the settlement; a cancelled settlement is open to none. */
const openUnits = (settlement: Settlement): readonly string[] => (settlement.status === 'open' ? settlement.affectedUnitIds : []);

/** Compares the units (and the persons each may see) of two versions of one settlement. */
export function diffAffectedUnits(before: Settlement, after: Settlement): AffectedUnitsDiff {
  const beforeIds = openUnits(before);
  const afterIds = openUnits(after);
  const stayed = afterIds.filter((id) => beforeIds.includes(id));
  const samePersons = (unitId: string): boolean => relevantPersonIds(before, unitId).join() === relevantPersonIds(after, unitId).join();
  return {
    added: afterIds.filter((id) => !beforeIds.includes(id)),
    removed: beforeIds.filter((id) => !afterIds.includes(id)),
    changed: stayed.filter((id) => !samePersons(id)),
    unchanged: stayed.filter(samePersons),
  };
}
