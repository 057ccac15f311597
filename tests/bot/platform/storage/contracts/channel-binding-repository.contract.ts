import assert from 'node:assert/strict';
import type { ChannelBinding } from '../../../../../bot/src/kernel/channels/channel-binding.js';
import type { ChannelBindingRepository } from '../../../../../bot/src/kernel/channels/channel-binding-repository.js';
import { assertRejectsWithCode, newTenantId, type Make } from './contract-helpers.js';

function binding(tenantId: string, unitId = 'barnehage', conversationId = '19:kanal-1@thread.tacv2'): ChannelBinding {
  return {
    tenantId,
    unitId,
    conversationId,
    channelName: 'Bosetting',
    teamName: 'Oppvekst',
    boundBy: 'admin-1',
    boundAt: '2026-01-05T08:00:00.000Z',
  };
}

/** The behaviour every ChannelBindingRepository must show, including ETag checks. */
export function describeChannelBindingRepositoryContract(name: string, makeRepo: Make<ChannelBindingRepository>): void {
  describe(name, () => {
    it('should return the binding with an ETag when it was put', async () => {
      const repo = await makeRepo();
      const stored = binding(newTenantId());
      const put = await repo.put(stored);
      const read = await repo.get(stored.tenantId, stored.unitId);
      assert.deepEqual(read?.value, stored);
      assert.equal(read?.etag, put.etag);
      assert.ok(put.etag.length > 0);
    });

    it('should return undefined when the unit has no binding', async () => {
      const repo = await makeRepo();
      assert.equal(await repo.get(newTenantId(), 'nav'), undefined);
    });

    it('should replace the binding and give a new ETag when the ETag is current', async () => {
      const repo = await makeRepo();
      const first = await repo.put(binding(newTenantId()));
      const moved = { ...first.value, conversationId: '19:kanal-2@thread.tacv2' };
      const second = await repo.put(moved, first.etag);
      assert.notEqual(second.etag, first.etag);
      assert.deepEqual((await repo.get(moved.tenantId, moved.unitId))?.value, moved);
    });

    it('should throw conflict and keep the newer binding when the ETag is stale', async () => {
      const repo = await makeRepo();
      const first = await repo.put(binding(newTenantId()));
      const newer = { ...first.value, conversationId: '19:kanal-2@thread.tacv2' };
      await repo.put(newer, first.etag);
      await assertRejectsWithCode(repo.put({ ...first.value, conversationId: '19:kanal-3@thread.tacv2' }, first.etag), 'conflict');
      assert.deepEqual((await repo.get(newer.tenantId, newer.unitId))?.value, newer);
    });

    it('should throw conflict when creating a binding that already exists', async () => {
      const repo = await makeRepo();
      const stored = binding(newTenantId());
      await repo.put(stored);
      await assertRejectsWithCode(repo.put({ ...stored, conversationId: '19:annen@thread.tacv2' }), 'conflict');
      assert.deepEqual((await repo.get(stored.tenantId, stored.unitId))?.value, stored);
    });

    it('should throw conflict when an ETag is given for a binding that does not exist', async () => {
      const repo = await makeRepo();
      const stored = binding(newTenantId());
      const other = await repo.put(binding(newTenantId()));
      await assertRejectsWithCode(repo.put(stored, other.etag), 'conflict');
      assert.equal(await repo.get(stored.tenantId, stored.unitId), undefined);
    });

    it('should neither find nor list another tenant’s binding', async () => {
      const repo = await makeRepo();
      const tenantId = newTenantId();
      const otherTenantId = newTenantId();
      await repo.put(binding(tenantId, 'nav'));
      await repo.put(binding(tenantId, 'barnehage'));
      await repo.put(binding(otherTenantId, 'grunnskole'));
      assert.equal(await repo.get(otherTenantId, 'nav'), undefined);
      assert.deepEqual((await repo.list(tenantId)).map((b) => b.unitId).sort(), ['barnehage', 'nav']);
    });
  });
}
