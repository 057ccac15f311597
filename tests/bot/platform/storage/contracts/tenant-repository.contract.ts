import assert from 'node:assert/strict';
import type { TenantRepository } from '../../../../../bot/src/kernel/tenants/tenant-repository.js';
import type { Tenant } from '../../../../../bot/src/kernel/tenants/tenant.js';
import { newTenantId, type Make } from './contract-helpers.js';

function tenant(name = 'Demo kommune'): Tenant {
  return { tenantId: newTenantId(), name, createdAt: '2026-01-05T08:00:00.000Z' };
}

/** The behaviour every TenantRepository must show. */
export function describeTenantRepositoryContract(name: string, makeRepo: Make<TenantRepository>): void {
  describe(name, () => {
    it('should create the tenant and return true when it is missing', async () => {
      const repo = await makeRepo();
      const created = tenant();
      assert.equal(await repo.createIfMissing(created), true);
      assert.deepEqual(await repo.get(created.tenantId), created);
    });

    it('should return false and change nothing when the tenant already exists', async () => {
      const repo = await makeRepo();
      const created = tenant('Andøy kommune');
      await repo.createIfMissing(created);
      assert.equal(await repo.createIfMissing({ ...created, name: 'Annet navn' }), false);
      assert.deepEqual(await repo.get(created.tenantId), created);
    });

    it('should return undefined when the tenant was never set up', async () => {
      const repo = await makeRepo();
      await repo.createIfMissing(tenant());
      assert.equal(await repo.get(newTenantId()), undefined);
    });
  });
}
