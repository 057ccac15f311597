import type { Container } from '@azure/cosmos';
import type { AffectedUnitRulesRepository, StoredAffectedUnitRules } from '../ports/affected-unit-rules-repository.js';
import { VersionedDocumentStore, type DocumentKind } from '../../../platform/storage/cosmos/versioned-document-store.js';

/** One `affected-unit-rules` document per tenant. */
export const AFFECTED_UNIT_RULES_KIND: DocumentKind<StoredAffectedUnitRules> = {
  type: 'affected-unit-rules',
  tenantIdOf: (rules) => rules.tenantId,
  keyOf: () => [],
};

/** AffectedUnitRulesRepository on the `core` container. */
export class CosmosAffectedUnitRulesRepository implements AffectedUnitRulesRepository {
  private readonly store: VersionedDocumentStore<StoredAffectedUnitRules>;

  constructor(container: Container) {
    this.store = new VersionedDocumentStore(container, AFFECTED_UNIT_RULES_KIND);
  }

  /** The tenant's rules, or undefined when the defaults apply. */
  async get(tenantId: string): Promise<StoredAffectedUnitRules | undefined> {
    return (await this.store.read(tenantId, []))?.value;
  }

  /** Stores the rules. */
  async put(rules: StoredAffectedUnitRules): Promise<void> {
    await this.store.update(rules.tenantId, [], () => rules);
  }
}
