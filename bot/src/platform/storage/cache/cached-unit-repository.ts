import type { Unit } from '../../../kernel/units/unit.js';
import type { UnitRepository } from '../../../kernel/units/unit-repository.js';
import { TtlCache } from './ttl-cache.js';

/**
 * Units read through a short-lived cache of each tenant's list (a tenant has tens of units, shown
 * on every card, list and `/api/me`); a unit is found in that list. `upsert` invalidates it.
 */
export class CachedUnitRepository implements UnitRepository {
  private readonly lists: TtlCache<Unit[]>;

  constructor(
    private readonly inner: UnitRepository,
    ttlMs: number,
  ) {
    this.lists = new TtlCache({ ttlMs, maxEntries: 1_000 });
  }

  async get(tenantId: string, unitId: string): Promise<Unit | undefined> {
    return (await this.units(tenantId)).find((unit) => unit.id === unitId);
  }

  async list(tenantId: string): Promise<Unit[]> {
    return [...(await this.units(tenantId))];
  }

  async upsert(unit: Unit): Promise<void> {
    try {
      await this.inner.upsert(unit);
    } finally {
      this.lists.invalidate(unit.tenantId);
    }
  }

  private units(tenantId: string): Promise<Unit[]> {
    return this.lists.get(tenantId, () => this.inner.list(tenantId));
  }
}
