import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { StoredConversation } from '../../kernel/channels/stored-conversation.js';
import type { Logger } from '../logging/logger.js';
import type { ChannelSender, SendablePayload, SendObserver, SentActivity } from './channel-sender.js';
import { configureConnectorPipeline } from './connector-pipeline.js';
import { DeliveryError } from './delivery-error.js';
import { payloadActivity } from './payload-activity.js';
import { toDeliveryError } from './to-delivery-error.js';

/** Options for {@link TeamsChannelSender}. */
export interface TeamsChannelSenderOptions {
  /** The bot's CloudAdapter (its onTurnError is never reached: failures are caught inside the turn). */
  readonly adapter: CloudAdapter;
  /** The bot's Microsoft app id; empty for a local run without authentication (Agents Playground). */
  readonly appId: string;
  /** Per-request timeout in ms (default 30 s); keep it well below the outbox lease. */
  readonly requestTimeoutMs?: number;
  /** Warns (once) when botbuilder's own retries could not be switched off. */
  readonly logger?: Logger;
  /** Clock for `Retry-After` dates (default: system clock). */
  readonly now?: () => Date;
}

const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * ChannelSender over botbuilder: each call is one proactive turn
 * (`continueConversationAsync`) that sends or updates exactly one activity, with the SDK's own
 * retries removed (see connector-pipeline.ts). Failures become DeliveryError.
 */
export class TeamsChannelSender implements ChannelSender {
  private warnedAboutRetries = false;

  constructor(private readonly options: TeamsChannelSenderOptions) {}

  /** Posts a new top-level message to the conversation. */
  async send(conversation: StoredConversation, payload: SendablePayload, observer: SendObserver = {}): Promise<SentActivity> {
    return this.inTurn(conversation, observer, async (context) => {
      // A proactive post is a new message, not a reply to the SDK's synthetic continuation activity
      // (whose random id TurnContext would otherwise put in replyToId): POST …/activities.
      context.onSendActivities(async (_context, activities, next) => {
        for (const activity of activities) delete activity.replyToId;
        return next();
      });
      const response = await context.sendActivity(payloadActivity(payload));
      if (!response?.id) {
        throw new DeliveryError({ retryable: false, reason: 'no-activity-id' });
      }
      return { activityId: response.id };
    });
  }

  /** Replaces activity `activityId` (PUT …/activities/:activityId). */
  async update(
    conversation: StoredConversation,
    activityId: string,
    payload: SendablePayload,
    observer: SendObserver = {},
  ): Promise<SentActivity> {
    return this.inTurn(conversation, observer, async (context) => {
      const response = await context.updateActivity({ ...payloadActivity(payload), id: activityId });
      return { activityId: response?.id || activityId };
    });
  }

  private async inTurn(
    conversation: StoredConversation,
    observer: SendObserver,
    work: (context: TurnContext) => Promise<SentActivity>,
  ): Promise<SentActivity> {
    const reference = conversationReference(conversation);
    const timeoutMs = this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    let outcome: { readonly sent: SentActivity } | { readonly error: unknown } | undefined;
    try {
      await this.options.adapter.continueConversationAsync(this.options.appId, reference, async (context) => {
        try {
          const { retriesDisabled } = configureConnectorPipeline(
            context.turnState.get(this.options.adapter.ConnectorClientKey),
            timeoutMs,
            observer.onAnswered,
          );
          if (!retriesDisabled) this.warnRetries();
          outcome = { sent: await work(context) };
        } catch (error) {
          // Kept here rather than thrown: the adapter would hand it to onTurnError and resolve.
          outcome = { error };
        }
      });
    } catch (error) {
      outcome = { error };
    }
    if (outcome === undefined) {
      throw new DeliveryError({ retryable: true, reason: 'turn-not-run' });
    }
    if ('error' in outcome) {
      throw toDeliveryError(outcome.error, this.options.now?.() ?? new Date());
    }
    return outcome.sent;
  }

  private warnRetries(): void {
    if (this.warnedAboutRetries) return;
    this.warnedAboutRetries = true;
    this.options.logger?.warn({}, 'could not switch off botbuilder connector retries; a send may be repeated by the SDK');
  }
}

/** The Bot Framework reference for a stored conversation; DeliveryError when it is unusable. */
function conversationReference(conversation: StoredConversation): Partial<ConversationReference> {
  const reference = conversation.reference as Partial<ConversationReference>;
  const serviceUrl = conversation.serviceUrl || reference.serviceUrl;
  if (typeof reference.channelId !== 'string' || typeof serviceUrl !== 'string' || serviceUrl.length === 0 || !reference.bot) {
    throw new DeliveryError({ retryable: false, reason: 'invalid-reference' });
  }
  return {
    ...reference,
    serviceUrl,
    conversation: { ...reference.conversation, id: conversation.conversationId } as ConversationReference['conversation'],
  };
}
