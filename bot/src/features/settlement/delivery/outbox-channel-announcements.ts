import type { OutboxMessage } from '../../../kernel/outbox/outbox-message.js';
import { newOutboxMessage } from '../../../kernel/outbox/new-outbox-message.js';
import type { ChannelBindingRepository } from '../../../kernel/channels/channel-binding-repository.js';
import type { ChannelAnnouncements } from './channel-announcements.js';
import { settlementSubject, type SettlementTopic } from './settlement-topic.js';

/** The part of the outbox that queuing needs: an idempotent create. */
export interface OutboxQueue {
  /** Creates the message unless its id exists; false when it already existed. */
  enqueue(message: OutboxMessage): Promise<boolean>;
}

/** Queues settlement messages in the persistent outbox, addressed to the unit's bound channel. */
export class OutboxChannelAnnouncements implements ChannelAnnouncements {
  constructor(
    private readonly outbox: OutboxQueue,
    private readonly bindings: ChannelBindingRepository,
    private readonly now: () => Date,
  ) {}

  /** Queues the message once per (settlement, unit, topic); `no-channel` when the unit has no channel. */
  async enqueue(tenantId: string, settlementId: string, unitId: string, topic: SettlementTopic): Promise<'queued' | 'no-channel'> {
    const binding = await this.bindings.get(tenantId, unitId);
    if (!binding) return 'no-channel';
    const isUpdate = topic.name === 'card-update';
    await this.outbox.enqueue(
      newOutboxMessage({
        tenantId,
        subject: settlementSubject(settlementId),
        unitId,
        topic,
        conversationId: binding.value.conversationId,
        ...(isUpdate ? { operation: 'update', updatesTopic: { name: 'announcement' } } : {}),
        now: this.now(),
      }),
    );
    return 'queued';
  }
}
