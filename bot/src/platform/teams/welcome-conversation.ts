import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { renderWelcomeCard } from './cards/render-welcome-card.js';
import type { BotDependencies } from './bot-dependencies.js';
import { saveConversation } from './save-conversation.js';

/** What {@link welcomeConversation} uses. */
export type WelcomeDeps = Pick<BotDependencies, 'conversations' | 'welcomeMarkers' | 'bindings' | 'units' | 'now'>;

/**
 * Stores the conversation (on every install event: the reference may have changed) and posts the
 * welcome card once per conversation: Teams and the Playground send both `installationUpdate add`
 * and `membersAdded` for one install, and only the first to create the marker welcomes. A channel
 * already bound to a unit is told which unit instead of how to bind it.
 */
export async function welcomeConversation(context: TurnContext, deps: WelcomeDeps): Promise<void> {
  const now = deps.now();
  const stored = await saveConversation(context, deps.conversations, now);
  if (stored && !(await deps.welcomeMarkers.markWelcomed(stored.tenantId, stored.conversationId, now))) return;
  const isChannel = stored?.scope === 'channel';
  const boundUnitName = isChannel && stored ? await boundUnitNameOf(deps, stored.tenantId, stored.conversationId) : undefined;
  const card = renderWelcomeCard({ isChannel, ...(boundUnitName === undefined ? {} : { boundUnitName }) });
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
}

async function boundUnitNameOf(deps: WelcomeDeps, tenantId: string, conversationId: string): Promise<string | undefined> {
  const binding = (await deps.bindings.list(tenantId)).find((candidate) => candidate.conversationId === conversationId);
  if (binding === undefined) return undefined;
  return (await deps.units.get(tenantId, binding.unitId))?.name ?? binding.unitId;
}
