import type { AffectedUnitRule } from '../domain/affected-unit-rules.js';

/** A tenant's rules for which units a settlement affects, as an admin edited them. */
export interface StoredAffectedUnitRules {
  readonly tenantId: string;
  readonly rules: readonly AffectedUnitRule[];
  readonly updatedBy: string;
  readonly updatedAt: string;
}

/** The tenant's affected-unit rules; undefined means the defaults apply. */
export interface AffectedUnitRulesRepository {
  get(tenantId: string): Promise<StoredAffectedUnitRules | undefined>;
  put(rules: StoredAffectedUnitRules): Promise<void>;
}
