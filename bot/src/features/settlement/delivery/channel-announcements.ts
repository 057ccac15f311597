import type { SettlementTopic } from './settlement-topic.js';

/** Queues channel messages about a settlement for a unit; enqueuing the same (settlement, unit, topic) twice sends once. */
export interface ChannelAnnouncements {
  /** Returns `no-channel` when the unit is bound to no channel (nothing is queued). */
  enqueue(tenantId: string, settlementId: string, unitId: string, topic: SettlementTopic): Promise<'queued' | 'no-channel'>;
}
