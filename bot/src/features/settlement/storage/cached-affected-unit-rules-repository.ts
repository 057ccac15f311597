import type { AffectedUnitRulesRepository, StoredAffectedUnitRules } from '../ports/affected-unit-rules-repository.js';
import { TtlCache } from '../../../platform/storage/cache/ttl-cache.js';

/** The affected-unit rules read through a short-lived cache (every registration and edit reads them); `put` invalidates it. */
export class CachedAffectedUnitRulesRepository implements AffectedUnitRulesRepository {
  private readonly cache: TtlCache<StoredAffectedUnitRules | undefined>;

  constructor(
    private readonly inner: AffectedUnitRulesRepository,
    ttlMs: number,
  ) {
    this.cache = new TtlCache({ ttlMs, maxEntries: 1_000 });
  }

  get(tenantId: string): Promise<StoredAffectedUnitRules | undefined> {
    return this.cache.get(tenantId, () => this.inner.get(tenantId));
  }

  async put(rules: StoredAffectedUnitRules): Promise<void> {
    try {
      await this.inner.put(rules);
    } finally {
      this.cache.invalidate(rules.tenantId);
    }
  }
}
