import type { OutboxSubject, OutboxTopic } from '../../../kernel/outbox/outbox-message.js';

/** The outbox subject type of settlement messages; the settlement renderer is registered under it. */
export const SETTLEMENT_SUBJECT_TYPE = 'settlement';

/** The outbox subject of a settlement's channel messages. */
export function settlementSubject(settlementId: string): OutboxSubject {
  return { type: SETTLEMENT_SUBJECT_TYPE, id: settlementId };
}

/** What a channel message about a settlement is, as data; the outbox renders its content when it is sent. */
export type SettlementTopic =
  /** The settlement card for the unit: facts, the unit's tasks, the secure-zone button. */
  | { readonly name: 'announcement' }
  /** Replace the posted settlement card with the current state. */
  | { readonly name: 'card-update'; readonly revision: string }
  /** A short name-free notice that the settlement was edited (version). */
  | { readonly name: 'edited'; readonly version: number }
  | { readonly name: 'cancelled' }
  /** The settlement no longer affects the unit (version). */
  | { readonly name: 'removed'; readonly version: number }
  /** Overdue tasks, at most once a day (Oslo date). */
  | { readonly name: 'reminder'; readonly date: string };

/** The stored topic as a SettlementTopic when its name and fields fit one (checked, never parsed from text), else undefined. */
export function settlementTopicOf(topic: OutboxTopic): SettlementTopic | undefined {
  switch (topic.name) {
    case 'announcement':
    case 'cancelled':
      return { name: topic.name };
    case 'card-update':
      return typeof topic['revision'] === 'string' ? { name: topic.name, revision: topic['revision'] } : undefined;
    case 'edited':
    case 'removed':
      return typeof topic['version'] === 'number' ? { name: topic.name, version: topic['version'] } : undefined;
    case 'reminder':
      return typeof topic['date'] === 'string' ? { name: topic.name, date: topic['date'] } : undefined;
    default:
      return undefined;
  }
}
