import type { OutboxPayload } from '../../kernel/outbox/outbox-payload.js';
import type { StoredConversation } from '../../kernel/channels/stored-conversation.js';

/** A payload that is actually posted (the renderer's `skip` never reaches a sender). */
export type SendablePayload = Exclude<OutboxPayload, { readonly kind: 'skip' }>;

/** What a successful post or update returns. */
export interface SentActivity {
  /** The channel's id of the posted activity (needed to update it in place later). */
  readonly activityId: string;
}

/** What a caller hears of one request while it runs. */
export interface SendObserver {
  /**
   * As soon as the channel's answer (or a failure) came back, before the sender's own processing
   * of it: the latest time the channel can have counted the request against its rate limits.
   */
  readonly onAnswered?: () => void;
}

/**
 * Posts to and updates messages in a channel conversation, exactly one request per call: a
 * sender never retries by itself (the outbox owns retrying). Failures are thrown as DeliveryError.
 */
export interface ChannelSender {
  /** Posts a new message to the conversation. */
  send(conversation: StoredConversation, payload: SendablePayload, observer?: SendObserver): Promise<SentActivity>;
  /** Replaces the message `activityId` in the conversation. */
  update(conversation: StoredConversation, activityId: string, payload: SendablePayload, observer?: SendObserver): Promise<SentActivity>;
}
