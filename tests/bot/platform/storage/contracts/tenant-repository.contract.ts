import assert from 'node:assert/strict';
import { isDomainError } from '../../../../../bot/src/kernel/domain-error.js';
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

    it('should keep the tenant and replace only its privacy settings when they are set', async () => {
      const repo = await makeRepo();
      const created = tenant();
      await repo.createIfMissing(created);
      const privacy = { minHouseholdForCounts: 5, updatedBy: 'admin-1', updatedAt: '2026-11-24T08:00:00.000Z' } as const;
      assert.deepEqual(await repo.setPrivacy(created.tenantId, privacy), { ...created, privacy });
      assert.deepEqual(await repo.setPrivacy(created.tenantId, { minHouseholdForCounts: 'never' }), {
        ...created,
        privacy: { minHouseholdForCounts: 'never' },
      });
      assert.deepEqual(await repo.get(created.tenantId), { ...created, privacy: { minHouseholdForCounts: 'never' } });
    });

    it('should refuse privacy settings for a tenant that was never set up', async () => {
      const repo = await makeRepo();
      await assert.rejects(repo.setPrivacy(newTenantId(), { minHouseholdForCounts: 1 }), (error) => isDomainError(error, 'not-found'));
    });
  });
}
