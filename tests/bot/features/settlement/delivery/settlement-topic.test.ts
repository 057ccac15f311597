import assert from 'node:assert/strict';
import type { OutboxTopic } from '../../../../../bot/src/kernel/outbox/outbox-message.js';
import { settlementSubject, settlementTopicOf } from '../../../../../bot/src/features/settlement/delivery/settlement-topic.js';

describe('settlementTopicOf', () => {
  it('should accept each settlement topic with fields of the right type', () => {
    const topics: OutboxTopic[] = [
      { name: 'announcement' },
      { name: 'cancelled' },
      { name: 'card-update', revision: 'v3' },
      { name: 'edited', version: 2 },
      { name: 'removed', version: 4 },
      { name: 'reminder', date: '2026-11-24' },
    ];
    for (const topic of topics) {
      assert.deepEqual(settlementTopicOf(topic), topic);
    }
  });

  it('should refuse an unknown name or a field of the wrong type, never reading a value out of a string', () => {
    assert.equal(settlementTopicOf({ name: 'edited:v2' }), undefined);
    assert.equal(settlementTopicOf({ name: 'edited', version: '2' }), undefined);
    assert.equal(settlementTopicOf({ name: 'card-update' }), undefined);
    assert.equal(settlementTopicOf({ name: 'reminder', date: 20261124 }), undefined);
    assert.equal(settlementTopicOf({ name: 'toString' }), undefined);
  });

  it('should name the settlement as the outbox subject', () => {
    assert.deepEqual(settlementSubject('s-1'), { type: 'settlement', id: 's-1' });
  });
});
