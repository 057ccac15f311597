import { DomainError } from '../domain-error.js';
import { documentKey } from '../document-key.js';
import type { OutboxSubject, OutboxTopic } from './outbox-message.js';

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * The deterministic id of the outbox message for (subject, unit, topic), e.g.
 * `settlement|s-1|barnehage|announcement` or `settlement|s-1|nav|edited|version=2`: enqueuing the
 * same message twice finds the same id. Built by the one key escaper ({@link documentKey}), so it
 * is injective, Cosmos-safe and at most 255 characters; the topic's other fields follow its name
 * as `field=value`, sorted by field name (a number and its decimal text give the same id).
 */
export function outboxMessageId(subject: OutboxSubject, unitId: string, topic: OutboxTopic): string {
  return documentKey(subject.type, subject.id, unitId, ...topicKey(topic));
}

/** The topic as key parts: its name, then `field=value` per other field in field-name order. */
function topicKey(topic: OutboxTopic): string[] {
  if (typeof topic.name !== 'string') {
    throw new DomainError('invalid-input', 'An outbox topic needs a name.');
  }
  const fields = Object.keys(topic)
    .filter((field) => field !== 'name')
    .sort();
  return [
    topic.name,
    ...fields.map((field) => {
      const value = topic[field];
      const valid = typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
      if (!FIELD_NAME.test(field) || !valid) {
        throw new DomainError('invalid-input', `The outbox topic field ${field} must be an identifier with a text or a finite number.`);
      }
      return `${field}=${value}`;
    }),
  ];
}
