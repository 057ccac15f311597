import assert from 'node:assert/strict';
import type { ConversationRepository } from '../../../../../bot/src/kernel/channels/conversation-repository.js';
import type { StoredConversation } from '../../../../../bot/src/kernel/channels/stored-conversation.js';
import { newTenantId, type Make } from './contract-helpers.js';

function conversation(tenantId: string, conversationId: string, updatedAt = '2026-01-05T08:00:00.000Z'): StoredConversation {
  return {
    tenantId,
    conversationId,
    scope: 'channel',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    reference: { conversation: { id: conversationId }, bot: { id: '28:bot' }, channelId: 'msteams' },
    teamId: '19:team@thread.tacv2',
    channelName: 'Bosetting',
    updatedAt,
  };
}

/** The behaviour every ConversationRepository must show. */
export function describeConversationRepositoryContract(name: string, makeRepo: Make<ConversationRepository>): void {
  describe(name, () => {
    it('should return the saved conversation unchanged when the id has Teams punctuation', async () => {
      const repo = await makeRepo();
      const saved = conversation(newTenantId(), '19:abc@thread.tacv2;messageid=1712345678901');
      await repo.save(saved);
      assert.deepEqual(await repo.get(saved.tenantId, saved.conversationId), saved);
    });

    it('should keep conversations apart when their ids differ only in characters Cosmos forbids', async () => {
      const repo = await makeRepo();
      const tenantId = newTenantId();
      await repo.save(conversation(tenantId, 'a:1/2'));
      await repo.save(conversation(tenantId, 'a:1?2'));
      await repo.save(conversation(tenantId, 'a:1#2'));
      assert.equal((await repo.list(tenantId)).length, 3);
      assert.equal((await repo.get(tenantId, 'a:1?2'))?.conversationId, 'a:1?2');
    });

    it('should replace the conversation when it is saved again', async () => {
      const repo = await makeRepo();
      const first = conversation(newTenantId(), 'a:personal-1');
      await repo.save(first);
      const updated = { ...first, serviceUrl: 'https://smba.trafficmanager.net/no/', updatedAt: '2026-02-01T08:00:00.000Z' };
      await repo.save(updated);
      assert.deepEqual(await repo.get(first.tenantId, first.conversationId), updated);
      assert.equal((await repo.list(first.tenantId)).length, 1);
    });

    it('should list only the tenant’s conversations, most recently updated first', async () => {
      const repo = await makeRepo();
      const tenantId = newTenantId();
      await repo.save(conversation(tenantId, 'c-old', '2026-01-01T00:00:00.000Z'));
      await repo.save(conversation(tenantId, 'c-new', '2026-03-01T00:00:00.000Z'));
      await repo.save(conversation(tenantId, 'c-mid', '2026-02-01T00:00:00.000Z'));
      await repo.save(conversation(newTenantId(), 'c-other'));
      assert.deepEqual(
        (await repo.list(tenantId)).map((c) => c.conversationId),
        ['c-new', 'c-mid', 'c-old'],
      );
    });

    it('should not find a conversation when asked with another tenant id', async () => {
      const repo = await makeRepo();
      const saved = conversation(newTenantId(), 'a:personal-2');
      await repo.save(saved);
      assert.equal(await repo.get(newTenantId(), saved.conversationId), undefined);
    });
  });
}
