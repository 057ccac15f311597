import type { RoutineTemplate } from '../domain/routine-template.js';
import type { RoutineTemplateRepository } from '../ports/routine-template-repository.js';
import { cacheKey } from '../../../platform/storage/cache/cache-key.js';
import { TtlCache } from '../../../platform/storage/cache/ttl-cache.js';

/** The units' routine templates read through a short-lived cache (every registration reads one per unit); `put` invalidates it. */
export class CachedRoutineTemplateRepository implements RoutineTemplateRepository {
  private readonly cache: TtlCache<RoutineTemplate | undefined>;

  constructor(
    private readonly inner: RoutineTemplateRepository,
    ttlMs: number,
  ) {
    this.cache = new TtlCache({ ttlMs });
  }

  get(tenantId: string, unitId: string): Promise<RoutineTemplate | undefined> {
    return this.cache.get(cacheKey(tenantId, unitId), () => this.inner.get(tenantId, unitId));
  }

  async put(template: RoutineTemplate): Promise<void> {
    try {
      await this.inner.put(template);
    } finally {
      this.cache.invalidate(cacheKey(template.tenantId, template.unitId));
    }
  }
}
