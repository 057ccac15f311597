import type { Container } from '@azure/cosmos';
import type { UnitRepository } from '../../../kernel/units/unit-repository.js';
import type { Unit } from '../../../kernel/units/unit.js';
import { VersionedDocumentStore, type DocumentKind } from './versioned-document-store.js';

/** `unit` documents keyed by unit slug. */
export const UNIT_KIND: DocumentKind<Unit> = {
  type: 'unit',
  tenantIdOf: (unit) => unit.tenantId,
  keyOf: (unit) => [unit.id],
};

/** UnitRepository on the `core` container. */
export class CosmosUnitRepository implements UnitRepository {
  private readonly store: VersionedDocumentStore<Unit>;

  constructor(container: Container) {
    this.store = new VersionedDocumentStore(container, UNIT_KIND);
  }

  /** The unit in this tenant, or undefined. */
  async get(tenantId: string, unitId: string): Promise<Unit | undefined> {
    return (await this.store.read(tenantId, [unitId]))?.value;
  }

  /** All units of the tenant, by name. */
  async list(tenantId: string): Promise<Unit[]> {
    const units = await this.store.query(tenantId, { orderBy: 'c.data.name' });
    return units.map((unit) => unit.value);
  }

  /** Creates or replaces the unit (ETag-checked write, retried on conflict). */
  async upsert(unit: Unit): Promise<void> {
    await this.store.update(unit.tenantId, [unit.id], () => unit);
  }
}
