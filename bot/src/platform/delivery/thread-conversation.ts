import type { StoredConversation } from '../../kernel/channels/stored-conversation.js';

/**
 * The thread of a channel post, as a conversation to send to: Teams (and the Agents Playground)
 * post a message sent to `<channel id>;messageid=<root activity id>` as a reply in that thread.
 */
export function threadConversation(conversation: StoredConversation, rootActivityId: string): StoredConversation {
  const channelId = conversation.conversationId.split(';')[0]!;
  return { ...conversation, conversationId: `${channelId};messageid=${rootActivityId}` };
}
