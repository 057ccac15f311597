import {
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
} from 'botbuilder';
import { renderHelpCard } from './cards/render-help-card.js';
import { isDomainError } from '../../kernel/domain-error.js';
import { activityIdentity } from './activity-identity.js';
import type { BotDependencies } from './bot-dependencies.js';
import { BOT_MESSAGES } from './bot-messages.js';
import { cardActionError } from './card-action-error.js';
import { errorResponse } from './card-action-response.js';
import { routeCardAction } from './card-action-router.js';
import { HELP_WORDS, parseCommand } from './parse-command.js';
import { welcomeConversation } from './welcome-conversation.js';

/** The Introteam bot: install handling, text commands and Universal Actions (`Action.Execute`). */
export class IntroteamBot extends TeamsActivityHandler {
  constructor(private readonly services: BotDependencies) {
    super();
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((member) => member.id === botId)) await this.welcome(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  private async welcome(context: TurnContext): Promise<void> {
    await welcomeConversation(context, this.services);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    // A message without a recipient (malformed, or from a test client) has no mention to remove.
    const text =
      (context.activity.recipient ? TurnContext.removeRecipientMention(context.activity) : undefined) ?? context.activity.text ?? '';
    if (parseCommand(text, [{ words: HELP_WORDS }])) {
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(renderHelpCard({ tabUrl: this.services.tabUrl }))));
      return;
    }
    const command = parseCommand(text, this.services.commands);
    if (command) {
      await command.handle(context);
      return;
    }
    await context.sendActivity(BOT_MESSAGES.notUnderstood);
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const identity = activityIdentity(context);
    const tenant = identity.tenantId ? await this.services.tenants.get(identity.tenantId) : undefined;
    if (!tenant) return errorResponse(403, BOT_MESSAGES.unknownTenant);
    const user = identity.userId ? await this.services.users.get(tenant.tenantId, identity.userId) : undefined;
    const verb = typeof invokeValue?.action?.verb === 'string' ? invokeValue.action.verb : undefined;
    const handler = routeCardAction(this.services.cardActions, verb);
    const response = await handler({ identity, tenant, user, data: invokeValue?.action?.data ?? {} }).catch((error: unknown) => {
      // Never an empty 501: the user gets a Norwegian error; the log gets the code, no message text.
      this.services.logger.error({ verb: verb ?? 'ukjent', code: isDomainError(error) ? error.code : 'internal' }, 'card action failed');
      return cardActionError(error);
    });
    this.services.logger.info({ verb: verb ?? 'ukjent', status: response.statusCode, tenantId: tenant.tenantId }, 'card action');
    return response;
  }
}
