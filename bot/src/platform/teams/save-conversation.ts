import { TurnContext } from 'botbuilder';
import type { ConversationRepository } from '../../kernel/channels/conversation-repository.js';
import type { StoredConversation } from '../../kernel/channels/stored-conversation.js';
import { activityIdentity } from './activity-identity.js';

/** Stores where the bot lives (a conversation reference without user data) so it can post there later. */
export async function saveConversation(
  context: TurnContext,
  conversations: ConversationRepository,
  now: Date,
): Promise<StoredConversation | undefined> {
  const identity = activityIdentity(context);
  if (!identity.tenantId || !identity.conversationId) return undefined;
  const reference = TurnContext.getConversationReference(context.activity);
  // A channel's top-level posts go to the channel id, not to the thread the activity came from.
  const conversationId = identity.channelId ?? identity.conversationId.split(';')[0]!;
  const stored: StoredConversation = {
    tenantId: identity.tenantId,
    conversationId,
    scope: scopeOf(identity.conversationType),
    serviceUrl: reference.serviceUrl ?? '',
    reference: {
      channelId: reference.channelId,
      serviceUrl: reference.serviceUrl,
      bot: reference.bot,
      conversation: { ...reference.conversation, id: conversationId, name: undefined },
    },
    teamId: identity.teamId,
    channelName: identity.channelName,
    teamName: identity.teamName,
    updatedAt: now.toISOString(),
  };
  await conversations.save(stored);
  return stored;
}

function scopeOf(conversationType: string): StoredConversation['scope'] {
  if (conversationType === 'channel') return 'channel';
  if (conversationType === 'groupChat') return 'groupChat';
  return 'personal';
}
