import type { UnitRepository } from '../../../bot/src/kernel/units/unit-repository.js';
import type { Unit } from '../../../bot/src/kernel/units/unit.js';
import { compareStrings, InMemoryVersionedMap } from './in-memory-versioned-map.js';

/** UnitRepository in memory, for unit tests; lists by name like the Cosmos one. */
export class InMemoryUnitRepository implements UnitRepository {
  private readonly units = new InMemoryVersionedMap<Unit>();

  /** The unit in this tenant, or undefined. */
  async get(tenantId: string, unitId: string): Promise<Unit | undefined> {
    return this.units.read(tenantId, [unitId])?.value;
  }

  /** All units of the tenant, by name. */
  async list(tenantId: string): Promise<Unit[]> {
    return this.units.values(tenantId).sort((a, b) => compareStrings(a.name, b.name));
  }

  /** Creates or replaces the unit. */
  async upsert(unit: Unit): Promise<void> {
    this.units.set(unit.tenantId, [unit.id], unit);
  }
}
