import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { BotDependencies } from './bot-dependencies.js';
import { BOT_MESSAGES } from './bot-messages.js';
import type { CardActionContext } from './card-action-context.js';
import { errorResponse } from './card-action-response.js';
import { bindChannelAction } from '../../features/channels/teams/bind-channel-action.js';
import { showChannelBindingAction } from '../../features/channels/teams/show-channel-binding-action.js';
import { refreshSettlementCardAction, taskCardAction } from '../../features/settlement/teams/settlement-card-actions.js';

/** Handles one `Action.Execute` verb. */
export type CardActionHandler = (deps: BotDependencies, action: CardActionContext) => Promise<AdaptiveCardInvokeResponse>;

/** Every verb the bot accepts; anything else is refused. */
export const CARD_ACTION_HANDLERS: Readonly<Record<string, CardActionHandler>> = {
  bindChannel: bindChannelAction,
  showChannelBinding: showChannelBindingAction,
  refreshSettlementCard: refreshSettlementCardAction,
  takeTask: taskCardAction('take'),
  completeTask: taskCardAction('complete'),
  reopenTask: taskCardAction('reopen'),
  commentTask: taskCardAction('comment'),
};

/** Dispatches a verb to its handler; an unknown (forged or stale) verb gets a Norwegian error and changes nothing. */
export function routeCardAction(handlers: Readonly<Record<string, CardActionHandler>>, verb: string | undefined): CardActionHandler {
  const handler = verb !== undefined && Object.hasOwn(handlers, verb) ? handlers[verb] : undefined;
  return handler ?? (async () => errorResponse(400, BOT_MESSAGES.unknownVerb));
}
