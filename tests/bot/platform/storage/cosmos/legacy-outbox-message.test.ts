import assert from 'node:assert/strict';
import { newOutboxMessage } from '../../../../../bot/src/kernel/outbox/new-outbox-message.js';
import type { OutboxMessage } from '../../../../../bot/src/kernel/outbox/outbox-message.js';
import { upgradeOutboxMessage } from '../../../../../bot/src/platform/storage/cosmos/legacy-outbox-message.js';

const now = new Date('2026-11-24T10:00:00.000Z');

/** A message as stored before typed subjects. */
function legacy(kind: string): OutboxMessage {
  const stored = {
    id: `s-1;nav;${kind}`,
    tenantId: 't',
    unitId: 'nav',
    settlementId: 's-1',
    kind,
    operation: 'send',
    conversationId: '19:nav@thread.tacv2',
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now.toISOString(),
    createdAt: now.toISOString(),
  };
  return stored as unknown as OutboxMessage;
}

describe('upgradeOutboxMessage', () => {
  it('should map each kind string that was stored to its typed topic when the message has no subject', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['announcement', { name: 'announcement' }],
      ['cancelled', { name: 'cancelled' }],
      ['card-update:2026-11-24T10:00:00.000Z', { name: 'card-update', revision: '2026-11-24T10:00:00.000Z' }],
      ['card-update:v3', { name: 'card-update', revision: 'v3' }],
      ['edited:v2', { name: 'edited', version: 2 }],
      ['removed:v12', { name: 'removed', version: 12 }],
      ['reminder:2026-11-24', { name: 'reminder', date: '2026-11-24' }],
      ['something:else', { name: 'something:else' }],
    ];
    for (const [kind, topic] of cases) {
      const upgraded = upgradeOutboxMessage(legacy(kind));
      assert.deepEqual(upgraded.topic, topic, kind);
      assert.deepEqual(upgraded.subject, { type: 'settlement', id: 's-1' });
    }
  });

  it('should keep the stored id and every other field, and drop settlementId and kind, when it upgrades', () => {
    const { settlementId: _settlementId, kind: _kind, ...rest } = legacy('edited:v2') as unknown as Record<string, unknown>;
    assert.deepEqual(upgradeOutboxMessage(legacy('edited:v2')), {
      ...rest,
      subject: { type: 'settlement', id: 's-1' },
      topic: { name: 'edited', version: 2 },
    });
  });

  it('should return a message in the current shape as it is', () => {
    const current = newOutboxMessage({
      tenantId: 't',
      subject: { type: 'meeting', id: 'm-1' },
      unitId: 'nav',
      topic: { name: 'agenda' },
      conversationId: 'c',
      now,
    });
    assert.equal(upgradeOutboxMessage(current), current);
  });
});
