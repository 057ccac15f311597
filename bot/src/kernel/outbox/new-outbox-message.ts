import { DomainError } from '../domain-error.js';
import type { OutboxMessage, OutboxOperation, OutboxSubject, OutboxTopic } from './outbox-message.js';
import { outboxMessageId } from './outbox-message-id.js';

/** What the application knows when it decides that a unit's channel gets a message. */
export interface NewOutboxMessageInput {
  readonly tenantId: string;
  /** What the message is about, e.g. `{ type: 'settlement', id }`; its type picks the renderer. */
  readonly subject: OutboxSubject;
  readonly unitId: string;
  /** E.g. `{ name: 'announcement' }`, `{ name: 'edited', version: 3 }`; with subject and unit it makes the id. */
  readonly topic: OutboxTopic;
  /** The unit's channel (Teams conversation id). */
  readonly conversationId: string;
  /**
   * `send` (default) posts a new message; `update` replaces the activity of the `send` message of
   * `updatesTopic`. An update's id leaves out the topic's fields (e.g. a revision), so every update
   * of one posted card shares one document: a newer request re-arms it (`OutboxRepository.rearm`)
   * and N requests while it waits give one PUT, rendered from the current state when it goes.
   */
  readonly operation?: OutboxOperation;
  /** For `update`: the topic of the message (same subject and unit) whose posted card is replaced. */
  readonly updatesTopic?: OutboxTopic;
  /**
   * For `reply`: the topic of the message (same subject and unit) in whose thread this is posted.
   * A reply's id is built like a send's (each topic once), so a notice is never coalesced away.
   */
  readonly repliesToTopic?: OutboxTopic;
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
  if ((operation === 'update') !== (input.updatesTopic !== undefined)) {
    throw new DomainError('invalid-input', 'An update names the topic it replaces (updatesTopic); a send does not.');
  }
  if ((operation === 'reply') !== (input.repliesToTopic !== undefined)) {
    throw new DomainError('invalid-input', 'A reply names the topic whose thread it goes to (repliesToTopic); a send does not.');
  }
  const createdAt = input.now.toISOString();
  const subject = { type: input.subject.type, id: input.subject.id };
  return {
    id: outboxMessageId(subject, input.unitId, operation === 'update' ? { name: input.topic.name } : input.topic),
    tenantId: input.tenantId,
    subject,
    unitId: input.unitId,
    topic: { ...input.topic },
    operation,
    ...(input.updatesTopic === undefined ? {} : { updatesMessageId: outboxMessageId(subject, input.unitId, input.updatesTopic) }),
    ...(input.repliesToTopic === undefined ? {} : { repliesToMessageId: outboxMessageId(subject, input.unitId, input.repliesToTopic) }),
    conversationId: input.conversationId,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: (input.notBefore ?? input.now).toISOString(),
    createdAt,
    updatedAt: createdAt,
  };
}
