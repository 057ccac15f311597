import assert from 'node:assert/strict';
import { newOutboxMessage } from '../../../../bot/src/kernel/outbox/new-outbox-message.js';
import {
  INTERRUPTED,
  claimOutboxMessage,
  failOutboxMessage,
  isClaimable,
  markOutboxMessageSent,
  rescheduleOutboxMessage,
  supersedeOutboxMessage,
} from '../../../../bot/src/kernel/outbox/outbox-transitions.js';
import { unitDeliveryStatuses } from '../../../../bot/src/kernel/outbox/unit-delivery-status.js';

const T0 = new Date('2026-11-24T10:00:00.000Z');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1_000);
const subject = { type: 'settlement', id: 's' };
const pending = newOutboxMessage({ tenantId: 't', subject, unitId: 'nav', topic: { name: 'announcement' }, conversationId: 'c', now: T0 });

describe('outbox transitions', () => {
  it('should make a pending message claimable only once it is due', () => {
    const later = rescheduleOutboxMessage(pending, at(10), T0, 'http-500');
    assert.equal(isClaimable(later, at(9)), false);
    assert.equal(isClaimable(later, at(10)), true);
  });
  it('should count an attempt and hold a lease when claimed', () => {
    const claimed = claimOutboxMessage(pending, T0, at(120));
    assert.deepEqual([claimed.status, claimed.attempts, claimed.leaseUntil], ['sending', 1, at(120).toISOString()]);
    assert.equal(isClaimable(claimed, at(119)), false);
    assert.equal(isClaimable(claimed, at(120)), true);
  });
  it('should note an interruption when a message is taken over after its lease ran out', () => {
    const again = claimOutboxMessage(claimOutboxMessage(pending, T0, at(120)), at(200), at(320));
    assert.deepEqual([again.attempts, again.lastError], [2, INTERRUPTED]);
  });
  it('should drop the lease and keep the activity id when sent', () => {
    const sent = markOutboxMessageSent(claimOutboxMessage(pending, T0, at(120)), 'activity-1', at(1));
    assert.deepEqual([sent.status, sent.activityId, sent.sentAt, sent.leaseUntil], ['sent', 'activity-1', at(1).toISOString(), undefined]);
    assert.equal(isClaimable(sent, at(500)), false);
  });
  it('should never make failed or superseded messages claimable', () => {
    assert.equal(isClaimable(failOutboxMessage(pending, 'http-403', T0), at(500)), false);
    assert.equal(isClaimable(supersedeOutboxMessage(pending, T0), at(500)), false);
  });
});

describe('unitDeliveryStatuses', () => {
  const nav = claimOutboxMessage(pending, T0, at(60));
  const helse = newOutboxMessage({
    tenantId: 't',
    subject,
    unitId: 'helse',
    topic: { name: 'announcement' },
    conversationId: 'h',
    now: at(1),
  });

  it('should report each unit as delivered, pending or failed when messages are mixed', () => {
    const statuses = unitDeliveryStatuses([
      failOutboxMessage(helse, 'no-conversation', at(2)),
      markOutboxMessageSent(nav, 'a-1', at(1)),
      newOutboxMessage({
        tenantId: 't',
        subject,
        unitId: 'nav',
        topic: { name: 'card-update', revision: 'v2' },
        operation: 'update',
        updatesTopic: { name: 'announcement' },
        conversationId: 'c',
        now: at(3),
      }),
    ]);
    assert.deepEqual(statuses, [
      { unitId: 'nav', state: 'pending', firstSentAt: at(1).toISOString(), messageCount: 2 },
      { unitId: 'helse', state: 'failed', lastError: 'no-conversation', messageCount: 1 },
    ]);
  });
  it('should ignore superseded messages when the rest are sent', () => {
    const statuses = unitDeliveryStatuses([markOutboxMessageSent(nav, 'a-1', at(1)), supersedeOutboxMessage(helse, at(2))]);
    assert.deepEqual(
      statuses.map((status) => [status.unitId, status.state]),
      [['nav', 'delivered']],
    );
  });
});
