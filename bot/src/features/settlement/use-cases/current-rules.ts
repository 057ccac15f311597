import { DEFAULT_AFFECTED_UNIT_RULES, type AffectedUnitRule } from '../domain/affected-unit-rules.js';
import type { AffectedUnitRulesRepository } from '../ports/affected-unit-rules-repository.js';

/** The tenant's affected-unit rules, or the defaults when an admin has not edited them. */
export async function currentRules(rules: AffectedUnitRulesRepository, tenantId: string): Promise<readonly AffectedUnitRule[]> {
  return (await rules.get(tenantId))?.rules ?? DEFAULT_AFFECTED_UNIT_RULES;
}
