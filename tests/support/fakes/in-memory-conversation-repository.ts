import type { ConversationRepository } from '../../../bot/src/kernel/channels/conversation-repository.js';
import type { StoredConversation } from '../../../bot/src/kernel/channels/stored-conversation.js';
import { compareStrings, InMemoryVersionedMap } from './in-memory-versioned-map.js';

/** ConversationRepository in memory, for unit tests; lists most recently updated first. */
export class InMemoryConversationRepository implements ConversationRepository {
  private readonly conversations = new InMemoryVersionedMap<StoredConversation>();

  /** Creates or replaces the conversation reference. */
  async save(conversation: StoredConversation): Promise<void> {
    this.conversations.set(conversation.tenantId, [conversation.conversationId], conversation);
  }

  /** The conversation in this tenant, or undefined. */
  async get(tenantId: string, conversationId: string): Promise<StoredConversation | undefined> {
    return this.conversations.read(tenantId, [conversationId])?.value;
  }

  /** All conversations of the tenant, most recently updated first. */
  async list(tenantId: string): Promise<StoredConversation[]> {
    return this.conversations.values(tenantId).sort((a, b) => compareStrings(b.updatedAt, a.updatedAt));
  }
}
