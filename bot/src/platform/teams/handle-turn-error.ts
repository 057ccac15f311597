import type { TurnContext } from 'botbuilder';
import type { Logger } from '../logging/logger.js';
import { BOT_MESSAGES } from './bot-messages.js';

/** The adapter's onTurnError: logs the cause without personal data and tells the user briefly, in Norwegian. */
export function handleTurnError(logger: Logger): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    logger.error(
      {
        err: { name: error.name, code: (error as { code?: string }).code, stack: error.stack },
        activityType: context.activity.type,
        conversationType: context.activity.conversation?.conversationType,
      },
      'bot turn failed',
    );
    if (context.activity.type === 'message') await context.sendActivity(BOT_MESSAGES.turnFailed).catch(() => undefined);
  };
}
