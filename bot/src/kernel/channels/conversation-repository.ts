import type { StoredConversation } from './stored-conversation.js';

/** Conversation references captured on install, for proactive posts. */
export interface ConversationRepository {
  save(conversation: StoredConversation): Promise<void>;
  get(tenantId: string, conversationId: string): Promise<StoredConversation | undefined>;
  list(tenantId: string): Promise<StoredConversation[]>;
}
