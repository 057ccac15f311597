import type { ChannelAnnouncements } from '../../../bot/src/features/settlement/delivery/channel-announcements.js';
import type { SettlementTopic } from '../../../bot/src/features/settlement/delivery/settlement-topic.js';
import type { ChannelBindingRepository } from '../../../bot/src/kernel/channels/channel-binding-repository.js';

/** One queued announcement as the fake recorded it. */
export interface RecordedAnnouncement {
  readonly settlementId: string;
  readonly unitId: string;
  readonly what: SettlementTopic;
}

/** A ChannelAnnouncements that records what would be queued (units without a channel answer no-channel, as the real one). */
export class RecordingAnnouncements implements ChannelAnnouncements {
  readonly queued: RecordedAnnouncement[] = [];
  constructor(private readonly bindings: ChannelBindingRepository) {}

  async enqueue(tenantId: string, settlementId: string, unitId: string, what: SettlementTopic): Promise<'queued' | 'no-channel'> {
    if (!(await this.bindings.get(tenantId, unitId))) return 'no-channel';
    this.queued.push({ settlementId, unitId, what });
    return 'queued';
  }

  /** The topic names queued for the unit, in order. */
  kindsFor(unitId: string): string[] {
    return this.queued.filter((q) => q.unitId === unitId).map((q) => q.what.name);
  }
}
