import { DomainError } from '../domain-error.js';
import type { OutboxKind, OutboxMessage } from './outbox-message.js';
import { outboxMessageId } from './outbox-message-id.js';

/** What the application knows when it decides that a unit's channel gets a message. */
export interface NewOutboxMessageInput {
  readonly tenantId: string;
  readonly settlementId: string;
  readonly unitId: string;
  /** E.g. `announcement`, `update:v3`, `reminder:2026-11-24`; with settlement and unit it makes the id. */
  readonly kind: OutboxKind;
  /** The unit's channel (Teams conversation id). */
  readonly conversationId: string;
  /** `send` (default) posts a new message; `update` replaces the activity of the `send` message of `updatesKind`. */
  readonly operation?: 'send' | 'update';
  /** For `update`: the kind of the message (same settlement and unit) whose posted card is replaced. */
  readonly updatesKind?: OutboxKind;
  /** When the message is created. */
  readonly now: Date;
  /** Not tried before this time (default: `now`). */
  readonly notBefore?: Date;
}

/** A new pending outbox message with its deterministic id; DomainError('invalid-input') for an inconsistent input. */
export function newOutboxMessage(input: NewOutboxMessageInput): OutboxMessage {
  const operation = input.operation ?? 'send';
  if (input.tenantId.length === 0 || input.conversationId.length === 0) {
    throw new DomainError('invalid-input', 'An outbox message needs a tenant and a conversation.');
  }
  if ((operation === 'update') !== (input.updatesKind !== undefined)) {
    throw new DomainError('invalid-input', 'An update names the kind it replaces (updatesKind); a send does not.');
  }
  const createdAt = input.now.toISOString();
  return {
    id: outboxMessageId(input.settlementId, input.unitId, input.kind),
    tenantId: input.tenantId,
    unitId: input.unitId,
    settlementId: input.settlementId,
    kind: input.kind,
    operation,
    ...(input.updatesKind === undefined ? {} : { updatesMessageId: outboxMessageId(input.settlementId, input.unitId, input.updatesKind) }),
    conversationId: input.conversationId,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: (input.notBefore ?? input.now).toISOString(),
    createdAt,
    updatedAt: createdAt,
  };
}
