import assert from 'node:assert/strict';
import type { UnitRepository } from '../../../../../bot/src/kernel/units/unit-repository.js';
import type { Unit } from '../../../../../bot/src/kernel/units/unit.js';
import { newTenantId, type Make } from './contract-helpers.js';

/** The behaviour every UnitRepository must show. */
export function describeUnitRepositoryContract(name: string, makeRepo: Make<UnitRepository>): void {
  describe(name, () => {
    it('should return the stored unit unchanged when it was upserted', async () => {
      const repo = await makeRepo();
      const unit: Unit = { id: 'barnehage', tenantId: newTenantId(), name: 'Barnehage' };
      await repo.upsert(unit);
      assert.deepEqual(await repo.get(unit.tenantId, unit.id), unit);
    });

    it('should return undefined when the unit does not exist', async () => {
      const repo = await makeRepo();
      assert.equal(await repo.get(newTenantId(), 'ukjent'), undefined);
    });

    it('should replace the unit when it is upserted again', async () => {
      const repo = await makeRepo();
      const unit: Unit = { id: 'voi', tenantId: newTenantId(), name: 'VOI' };
      await repo.upsert(unit);
      await repo.upsert({ ...unit, name: 'Voksenopplæring og integrering' });
      assert.equal((await repo.get(unit.tenantId, unit.id))?.name, 'Voksenopplæring og integrering');
      assert.equal((await repo.list(unit.tenantId)).length, 1);
    });

    it('should not find a unit when asked with another tenant id', async () => {
      const repo = await makeRepo();
      const unit: Unit = { id: 'nav', tenantId: newTenantId(), name: 'NAV' };
      await repo.upsert(unit);
      assert.equal(await repo.get(newTenantId(), unit.id), undefined);
    });

    it('should list only the tenant’s own units when several tenants have units', async () => {
      const repo = await makeRepo();
      const tenantId = newTenantId();
      const otherTenantId = newTenantId();
      await repo.upsert({ id: 'nav', tenantId, name: 'NAV' });
      await repo.upsert({ id: 'barnehage', tenantId, name: 'Barnehage' });
      await repo.upsert({ id: 'grunnskole', tenantId: otherTenantId, name: 'Grunnskole' });
      const listed = await repo.list(tenantId);
      assert.deepEqual(listed.map((u) => u.id).sort(), ['barnehage', 'nav']);
    });
  });
}
