import type { OutboxMessage } from '../../../kernel/outbox/outbox-message.js';
import { newOutboxMessage } from '../../../kernel/outbox/new-outbox-message.js';
import type { ChannelBindingRepository } from '../../../kernel/channels/channel-binding-repository.js';
import type { ChannelAnnouncements, EnqueueOptions } from './channel-announcements.js';
import { settlementSubject, type SettlementTopic } from './settlement-topic.js';

const ANNOUNCEMENT = { name: 'announcement' } as const;

/** Change notices go in the announcement's thread, so the channel reads one thread per settlement. */
const THREAD_REPLIES: ReadonlySet<SettlementTopic['name']> = new Set(['edited', 'cancelled', 'removed']);

/** The part of the outbox that queuing needs: an idempotent create, and an upsert for coalescing updates. */
export interface OutboxQueue {
  /** Creates the message unless its id exists; false when it already existed. */
  enqueue(message: OutboxMessage): Promise<boolean>;
  /** Writes the message whether or not its id exists (one write): pending again with the newest topic. */
  rearm(message: OutboxMessage): Promise<void>;
}

/** Queues settlement messages in the persistent outbox, addressed to the unit's bound channel. */
export class OutboxChannelAnnouncements implements ChannelAnnouncements {
  constructor(
    private readonly outbox: OutboxQueue,
    private readonly bindings: ChannelBindingRepository,
    private readonly now: () => Date,
  ) {}

  /**
   * Queues the message once per (settlement, unit, topic); a card update re-arms the unit's one
   * update message instead (one outbox write, no read); a change notice is a reply in the
   * announcement's thread. `no-channel` when the unit has no channel.
   */
  async enqueue(
    tenantId: string,
    settlementId: string,
    unitId: string,
    topic: SettlementTopic,
    options: EnqueueOptions = {},
  ): Promise<'queued' | 'no-channel'> {
    const conversationId = options.conversationId ?? (await this.bindings.get(tenantId, unitId))?.value.conversationId;
    if (conversationId === undefined) return 'no-channel';
    const isUpdate = topic.name === 'card-update';
    const message = newOutboxMessage({
      tenantId,
      subject: settlementSubject(settlementId),
      unitId,
      topic,
      conversationId,
      ...(isUpdate ? { operation: 'update', updatesTopic: ANNOUNCEMENT } : {}),
      ...(THREAD_REPLIES.has(topic.name) ? { operation: 'reply', repliesToTopic: ANNOUNCEMENT } : {}),
      now: this.now(),
    });
    if (isUpdate) await this.outbox.rearm(message);
    else await this.outbox.enqueue(message);
    return 'queued';
  }
}
