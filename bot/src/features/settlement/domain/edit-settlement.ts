import { userError } from '../../../kernel/domain-error.js';
import type { AffectedUnitRule } from './affected-unit-rules.js';
import { personalDocuments, settlementFacts, type SplitRegistration } from './split-registration.js';
import type { SettlementRegistration } from './settlement-registration.js';
import type { Settlement } from './settlement.js';

/** Who changes a settlement, when, and which version their form showed. */
export interface SettlementChangeOptions {
  /** Entra object id of the coordinator. */
  readonly changedBy: string;
  /** ISO timestamp. */
  readonly changedAt: string;
  /** The version the user's form was based on; a different current version is a conflict. */
  readonly expectedVersion?: number;
}

/** The edited settlement, its personal documents, and the persons whose records must be deleted. */
export interface EditedSettlement extends SplitRegistration {
  /** Persons no longer in the household: delete their personal records. */
  readonly removedPersonIds: readonly string[];
}

/** Throws DomainError('conflict') unless the settlement is open and at the expected version. */
export function assertChangeable(current: Settlement, options: SettlementChangeOptions): void {
  if (current.status !== 'open') {
    throw userError('conflict', 'Bosettingen er avlyst og kan ikke endres');
  }
  if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
    throw userError('conflict', 'Bosettingen er endret av noen andre i mellomtiden; last den inn på nytt');
  }
}

/**
 * Applies a validated registration to an open settlement: facts and affected units are
 * recomputed with the current rules, the version goes up by one. Throws DomainError('conflict')
 * for a cancelled or changed settlement, ('invalid-input') for an empty household.
 */
export function editSettlement(
  current: Settlement,
  registration: SettlementRegistration,
  rules: readonly AffectedUnitRule[],
  options: SettlementChangeOptions,
): EditedSettlement {
  assertChangeable(current, options);
  const { addressArea: _dropped, ...unchanged } = current;
  const settlement: Settlement = {
    ...unchanged,
    ...settlementFacts(registration, rules),
    updatedBy: options.changedBy,
    updatedAt: options.changedAt,
    version: current.version + 1,
  };
  const kept = new Set(settlement.members.map((member) => member.personId));
  return {
    settlement,
    ...personalDocuments(registration, current.id, current.tenantId),
    removedPersonIds: current.members.map((member) => member.personId).filter((id) => !kept.has(id)),
  };
}
