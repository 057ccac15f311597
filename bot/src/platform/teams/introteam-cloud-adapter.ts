import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import type { Logger } from '../logging/logger.js';
import { describeBotRequestFailure, errorFacts } from './bot-request-failure.js';

/** What the HTTP edge sends back for one request to `/api/messages`. */
export interface BotRequestOutcome {
  readonly status: number;
  readonly body?: unknown;
}

/**
 * A CloudAdapter that handles incoming requests itself. `CloudAdapter.process` writes every failure to
 * the console and answers a token it cannot check with 500 and the SDK's error text; here a bad token
 * gets 401, a token that cannot be checked now 503, each with a short Norwegian body, logged once via pino.
 */
export class IntroteamCloudAdapter extends CloudAdapter {
  constructor(
    auth: ConstructorParameters<typeof CloudAdapter>[0],
    private readonly logger: Logger,
  ) {
    super(auth);
  }

  /** Authenticates the request and runs the turn; resolves with the status and body to answer. */
  async handleIncoming(
    body: unknown,
    authorization: string | undefined,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<BotRequestOutcome> {
    const activity = toActivity(body);
    if (!activity) return failure(400, 'invalid-activity', 'Forespørselen er ikke en gyldig Bot Framework-aktivitet.');
    try {
      const invokeResponse = await this.processActivity(authorization ?? '', activity, logic);
      return { status: invokeResponse?.status ?? 200, body: invokeResponse?.body };
    } catch (error) {
      const refused = describeBotRequestFailure(error);
      const fields = { status: refused.status, reason: refused.code, err: errorFacts(error), activityType: activity.type };
      if (refused.status === 401) this.logger.warn(fields, 'bot request refused');
      else if (refused.status === 503) this.logger.error(fields, 'bot request refused: the token cannot be checked');
      else this.logger.error({ ...fields, stack: error instanceof Error ? error.stack : undefined }, 'bot request failed');
      return failure(refused.status, refused.code, refused.message);
    }
  }
}

function failure(status: number, code: string, message: string): BotRequestOutcome {
  return { status, body: { error: { code, message } } };
}

// The checks CloudAdapter.process makes before authenticating, including its timestamp fix-up.
function toActivity(body: unknown): Activity | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const activity = body as Activity & Record<string, unknown>;
  if (typeof activity.type !== 'string' || activity.type === '') return undefined;
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value = activity[field];
    if (typeof value === 'string') Object.assign(activity, { [raw]: value, [field]: new Date(value) });
  }
  return activity;
}
