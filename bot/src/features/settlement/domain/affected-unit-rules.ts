import { AGE_BAND_RANGES } from './age-band.js';
import type { MemberRole } from './household-member.js';
import type { AffectedUnit, SettlementMember } from './settlement.js';

/**
 * Whom a rule applies to: every member, or members with a role and/or an age range in whole
 * years at arrival (inclusive). Ages must follow the age-band limits, because the settlement
 * document keeps only bands (the admin schema enforces this).
 */
export type RuleScope = 'everyone' | { readonly role?: MemberRole; readonly minAge?: number; readonly maxAge?: number };

/** A tenant's rule: the unit is affected when a member matches `appliesTo`. */
export interface AffectedUnitRule {
  readonly unitId: string;
  readonly appliesTo: RuleScope;
  /** The unit also sees the guardians of the children the rule matched (e.g. Barnehage, Grunnskole). */
  readonly includeGuardians?: boolean;
}

/**
 * The rules every tenant starts with. Bosetting has an `everyone` rule because the settlement
 * service receives every household (housing, reception, interpreter) and is the coordinator's
 * own unit; being a plain rule, an admin can still narrow it.
 */
export const DEFAULT_AFFECTED_UNIT_RULES: readonly AffectedUnitRule[] = [
  { unitId: 'bosetting', appliesTo: 'everyone' },
  { unitId: 'helsetjeneste', appliesTo: 'everyone' },
  { unitId: 'barnehage', appliesTo: { role: 'child', minAge: 1, maxAge: 5 }, includeGuardians: true },
  { unitId: 'grunnskole', appliesTo: { role: 'child', minAge: 6, maxAge: 15 }, includeGuardians: true },
  { unitId: 'voi', appliesTo: { role: 'adult' } },
  { unitId: 'nav', appliesTo: { role: 'adult' } },
];

/** True when the member falls under the scope: role equal (if given) and age band inside the range. */
export function scopeMatches(scope: RuleScope, member: SettlementMember): boolean {
  if (scope === 'everyone') {
    return true;
  }
  if (scope.role !== undefined && scope.role !== member.role) {
    return false;
  }
  const band = AGE_BAND_RANGES[member.ageBand];
  const bandMax = band.max ?? Infinity;
  return band.min >= (scope.minAge ?? 0) && bandMax <= (scope.maxAge ?? Infinity);
}

/** The persons one rule makes relevant: the matches, plus their guardians when the rule says so. */
function personsForRule(rule: AffectedUnitRule, members: readonly SettlementMember[]): Set<string> {
  const matched = members.filter((member) => scopeMatches(rule.appliesTo, member));
  const ids = new Set(matched.map((member) => member.personId));
  if (matched.length > 0 && rule.includeGuardians === true) {
    matched.forEach((member) => member.guardianIds.forEach((id) => ids.add(id)));
  }
  return ids;
}

/**
 * The units a household affects, in the order their first rule appears, each with the persons
 * it may see (several rules for one unit add up). A unit no rule matches is left out.
 */
export function affectedUnits(
  rules: readonly AffectedUnitRule[],
  settlement: { readonly members: readonly SettlementMember[] },
): AffectedUnit[] {
  const byUnit = new Map<string, Set<string>>();
  for (const rule of rules) {
    const ids = personsForRule(rule, settlement.members);
    if (ids.size === 0) {
      continue;
    }
    const existing = byUnit.get(rule.unitId) ?? new Set<string>();
    ids.forEach((id) => existing.add(id));
    byUnit.set(rule.unitId, existing);
  }
  return [...byUnit].map(([unitId, ids]) => ({
    unitId,
    personIds: settlement.members.map((member) => member.personId).filter((id) => ids.has(id)),
  }));
}
