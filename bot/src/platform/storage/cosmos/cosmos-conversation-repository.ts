import type { Container } from '@azure/cosmos';
import type { ConversationRepository } from '../../../kernel/channels/conversation-repository.js';
import type { StoredConversation } from '../../../kernel/channels/stored-conversation.js';
import { VersionedDocumentStore, type DocumentKind } from './versioned-document-store.js';

/** `conversation` documents keyed by Teams conversation id (escaped by docId: ids contain `:`, `@`, `;`). */
export const CONVERSATION_KIND: DocumentKind<StoredConversation> = {
  type: 'conversation',
  tenantIdOf: (conversation) => conversation.tenantId,
  keyOf: (conversation) => [conversation.conversationId],
};

/** ConversationRepository on the `core` container. */
export class CosmosConversationRepository implements ConversationRepository {
  private readonly store: VersionedDocumentStore<StoredConversation>;

  constructor(container: Container) {
    this.store = new VersionedDocumentStore(container, CONVERSATION_KIND);
  }

  /** Creates or replaces the conversation reference (ETag-checked write, retried on conflict). */
  async save(conversation: StoredConversation): Promise<void> {
    await this.store.update(conversation.tenantId, [conversation.conversationId], () => conversation);
  }

  /** The conversation in this tenant, or undefined. */
  async get(tenantId: string, conversationId: string): Promise<StoredConversation | undefined> {
    return (await this.store.read(tenantId, [conversationId]))?.value;
  }

  /** All conversations of the tenant, most recently updated first. */
  async list(tenantId: string): Promise<StoredConversation[]> {
    const conversations = await this.store.query(tenantId, { orderBy: 'c.data.updatedAt DESC' });
    return conversations.map((conversation) => conversation.value);
  }
}
