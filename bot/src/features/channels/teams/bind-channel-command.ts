import { CardFactory, MessageFactory } from 'botbuilder';
import { activityIdentity } from '../../../platform/teams/activity-identity.js';
import type { BotCommand } from '../../../platform/teams/bot-command.js';
import { BOT_MESSAGES } from '../../../platform/teams/bot-messages.js';
import { saveConversation } from '../../../platform/teams/save-conversation.js';
import type { ChannelDependencies } from '../channel-dependencies.js';
import { bindChannelCardFor, type BindChannelCardDeps } from './show-channel-binding-action.js';

/** What {@link bindChannelCommand} uses: the tenant, the conversation store, the user, and what the card uses. */
export type BindChannelCommandDeps = Pick<ChannelDependencies, 'tenants' | 'conversations' | 'users' | 'now'> & BindChannelCardDeps;

/** «koble kanal»: in a channel, posts the card an admin binds the channel to a unit with. */
export function bindChannelCommand(deps: BindChannelCommandDeps): BotCommand {
  return {
    name: 'bind-channel',
    words: ['koble kanal', 'koble kanalen', 'bind channel'],
    handle: async (context) => {
      const identity = activityIdentity(context);
      if (identity.conversationType !== 'channel' || !identity.channelId) {
        await context.sendActivity(BOT_MESSAGES.bindOnlyInChannel);
        return;
      }
      const tenant = await deps.tenants.get(identity.tenantId);
      if (!tenant) {
        await context.sendActivity(BOT_MESSAGES.unknownTenant);
        return;
      }
      await saveConversation(context, deps.conversations, deps.now());
      const user = await deps.users.get(tenant.tenantId, identity.userId);
      const card = await bindChannelCardFor(deps, { identity, tenant, user });
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    },
  };
}
