import assert from 'node:assert/strict';
import type { AppUser } from '../../../../../bot/src/kernel/users/app-user.js';
import type { UserRepository } from '../../../../../bot/src/kernel/users/user-repository.js';
import { newTenantId, type Make } from './contract-helpers.js';

function user(tenantId: string, id: string, displayName = 'Kari Nordmann'): AppUser {
  return { id, tenantId, displayName, roles: [{ role: 'adviser' }, { role: 'unit-member', unitId: 'nav' }] };
}

/** The behaviour every UserRepository must show. */
export function describeUserRepositoryContract(name: string, makeRepo: Make<UserRepository>): void {
  describe(name, () => {
    it('should return the stored user unchanged when it was upserted', async () => {
      const repo = await makeRepo();
      const stored = user(newTenantId(), 'user-1');
      await repo.upsert(stored);
      assert.deepEqual(await repo.get(stored.tenantId, stored.id), stored);
    });

    it('should return undefined when the user does not exist', async () => {
      const repo = await makeRepo();
      assert.equal(await repo.get(newTenantId(), 'nobody'), undefined);
    });

    it('should replace the user when it is upserted again', async () => {
      const repo = await makeRepo();
      const first = user(newTenantId(), 'user-1');
      await repo.upsert(first);
      const second: AppUser = { ...first, roles: [{ role: 'admin' }] };
      await repo.upsert(second);
      assert.deepEqual(await repo.get(first.tenantId, first.id), second);
      assert.equal((await repo.list(first.tenantId)).length, 1);
    });

    it('should keep ids with characters Cosmos forbids in ids when stored', async () => {
      const repo = await makeRepo();
      const stored = user(newTenantId(), 'a/b\\c?d#e|f~g%h');
      await repo.upsert(stored);
      assert.deepEqual(await repo.get(stored.tenantId, stored.id), stored);
    });

    it('should not find a user when asked with another tenant id', async () => {
      const repo = await makeRepo();
      const stored = user(newTenantId(), 'user-1');
      await repo.upsert(stored);
      assert.equal(await repo.get(newTenantId(), stored.id), undefined);
    });

    it('should list only the tenant’s own users when several tenants have users', async () => {
      const repo = await makeRepo();
      const tenantId = newTenantId();
      const otherTenantId = newTenantId();
      await repo.upsert(user(tenantId, 'user-1', 'Bente'));
      await repo.upsert(user(tenantId, 'user-2', 'Anne'));
      await repo.upsert(user(otherTenantId, 'user-3', 'Carl'));
      const listed = await repo.list(tenantId);
      assert.deepEqual(listed.map((u) => u.id).sort(), ['user-1', 'user-2']);
      assert.ok(listed.every((u) => u.tenantId === tenantId));
    });
  });
}
