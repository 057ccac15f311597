import type { Unit } from './unit.js';

/** The units of a tenant. */
export interface UnitRepository {
  get(tenantId: string, unitId: string): Promise<Unit | undefined>;
  list(tenantId: string): Promise<Unit[]>;
  upsert(unit: Unit): Promise<void>;
}
