import { ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { BotConfig } from '../../app/config.js';
import type { Logger } from '../logging/logger.js';
import { handleTurnError } from './handle-turn-error.js';
import { IntroteamCloudAdapter } from './introteam-cloud-adapter.js';

/** Options for {@link createBotAdapter}. */
export interface CreateBotAdapterOptions {
  readonly bot: BotConfig;
  readonly logger: Logger;
}

/** A CloudAdapter that validates Bot Framework JWTs (when an app id is configured), refuses bad ones quietly and handles failed turns. */
export function createBotAdapter(options: CreateBotAdapterOptions): IntroteamCloudAdapter {
  const { bot, logger } = options;
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword,
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.appTenantId,
  } as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new IntroteamCloudAdapter(auth, logger);
  adapter.onTurnError = handleTurnError(logger);
  return adapter;
}
