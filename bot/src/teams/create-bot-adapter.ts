import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { BotConfig } from '../config.js';
import type { Logger } from '../logging/logger.js';
import { BOT_MESSAGES } from './bot-messages.js';

/** Options for {@link createBotAdapter}. */
export interface CreateBotAdapterOptions {
  readonly bot: BotConfig;
  readonly logger: Logger;
}

/** A CloudAdapter that validates Bot Framework JWTs (when an app id is configured) and handles failed turns. */
export function createBotAdapter(options: CreateBotAdapterOptions): CloudAdapter {
  const { bot, logger } = options;
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword,
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.appTenantId,
  } as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error(
      { err: { name: error.name, code: (error as { code?: string }).code, stack: error.stack }, activityType: context.activity.type },
      'bot turn failed',
    );
    if (context.activity.type === 'message') await context.sendActivity(BOT_MESSAGES.turnFailed).catch(() => undefined);
  };
  return adapter;
}
