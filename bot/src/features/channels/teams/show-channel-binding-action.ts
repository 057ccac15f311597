import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { renderBindChannelCard } from '../cards/render-bind-channel-card.js';
import { hasRole } from '../../../kernel/users/role.js';
import type { ChannelDependencies } from '../channel-dependencies.js';
import type { CardActionContext } from '../../../platform/teams/card-action-context.js';
import { cardResponse } from '../../../platform/teams/card-action-response.js';

/** What the bind-channel card uses: the units and their channel bindings. */
export type BindChannelCardDeps = Pick<ChannelDependencies, 'units' | 'bindings'>;

/** `showChannelBinding` (also the card's refresh): the channel's current binding for this viewer. */
export async function showChannelBindingAction(deps: BindChannelCardDeps, action: CardActionContext): Promise<AdaptiveCardInvokeResponse> {
  return cardResponse(await bindChannelCardFor(deps, action));
}

/** The bind-channel card as the given viewer should see it now. */
export async function bindChannelCardFor(deps: BindChannelCardDeps, action: Omit<CardActionContext, 'data'>) {
  const { tenant, identity, user } = action;
  const [units, bindings] = await Promise.all([deps.units.list(tenant.tenantId), deps.bindings.list(tenant.tenantId)]);
  const binding = bindings.find((b) => b.conversationId === identity.channelId);
  return renderBindChannelCard({ units, binding, canBind: !!user && hasRole(user.roles, 'admin') });
}
