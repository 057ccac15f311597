import type { OutboxMessage } from './outbox-message.js';

/** How a subject's messages to one unit stand, e.g. a settlement's, for the coordinator. */
export interface UnitDeliveryStatus {
  readonly unitId: string;
  /** `failed` if any message failed, else `pending` if any is still pending or sending, else `delivered`. */
  readonly state: 'delivered' | 'pending' | 'failed';
  /** Cause of the first failed message (e.g. `no-conversation`, `http-403`), when `failed`. */
  readonly lastError?: string;
  /** When the unit's first message (the announcement) was posted. */
  readonly firstSentAt?: string;
  /** Messages to the unit, superseded ones excluded. */
  readonly messageCount: number;
}

/** Per-unit delivery status from one subject's outbox messages, in order of each unit's first message. */
export function unitDeliveryStatuses(messages: readonly OutboxMessage[]): UnitDeliveryStatus[] {
  const byUnit = new Map<string, OutboxMessage[]>();
  const ordered = [...messages].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const message of ordered) {
    if (message.status === 'superseded') continue;
    byUnit.set(message.unitId, [...(byUnit.get(message.unitId) ?? []), message]);
  }
  return [...byUnit].map(([unitId, unitMessages]) => {
    const failed = unitMessages.find((message) => message.status === 'failed');
    const pending = unitMessages.some((message) => message.status === 'pending' || message.status === 'sending');
    const firstSentAt = unitMessages.find((message) => message.sentAt !== undefined)?.sentAt;
    return {
      unitId,
      state: failed ? 'failed' : pending ? 'pending' : 'delivered',
      ...(failed?.lastError === undefined ? {} : { lastError: failed.lastError }),
      ...(firstSentAt === undefined ? {} : { firstSentAt }),
      messageCount: unitMessages.length,
    };
  });
}
