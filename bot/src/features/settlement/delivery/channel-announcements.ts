import type { SettlementTopic } from './settlement-topic.js';

/** What a caller may already know when it queues a message. */
export interface EnqueueOptions {
  /** The unit's bound channel (Teams conversation id), when the caller already read the binding: saves a read. */
  readonly conversationId?: string;
}

/**
 * Queues channel messages about a settlement for a unit; enqueuing the same (settlement, unit, topic)
 * twice sends once. Card updates coalesce: every `card-update` of one unit's card is one outbox
 * message, re-armed by each call, so many actions while it waits give one update with the latest card.
 */
export interface ChannelAnnouncements {
  /** Returns `no-channel` when the unit is bound to no channel (nothing is queued). */
  enqueue(
    tenantId: string,
    settlementId: string,
    unitId: string,
    topic: SettlementTopic,
    options?: EnqueueOptions,
  ): Promise<'queued' | 'no-channel'>;
}
