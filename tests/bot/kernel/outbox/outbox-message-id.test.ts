import assert from 'node:assert/strict';
import { MAX_OUTBOX_MESSAGE_ID_LENGTH, outboxMessageId } from '../../../../bot/src/kernel/outbox/outbox-message-id.js';
import { newOutboxMessage } from '../../../../bot/src/kernel/outbox/new-outbox-message.js';
import { isDomainError } from '../../../../bot/src/kernel/domain-error.js';

describe('outboxMessageId', () => {
  it('should give the same id when called with the same settlement, unit and kind', () => {
    assert.equal(outboxMessageId('s-1', 'barnehage', 'announcement'), outboxMessageId('s-1', 'barnehage', 'announcement'));
    assert.equal(outboxMessageId('s-1', 'barnehage', 'announcement'), 's-1;barnehage;announcement');
  });
  it('should give different ids when the parts differ or could be split differently', () => {
    const ids = new Set([
      outboxMessageId('s-1', 'barnehage', 'announcement'),
      outboxMessageId('s-1', 'barnehage', 'update:v2'),
      outboxMessageId('s-1;barnehage', 'x', 'y'),
      outboxMessageId('s-1', 'barnehage;x', 'y'),
      outboxMessageId('s-1', 'barnehage', 'x;y'),
    ]);
    assert.equal(ids.size, 5);
  });
  it('should escape characters Cosmos forbids in ids when a part contains them', () => {
    const id = outboxMessageId('a/b', 'c\\d', 'e?f#g%h');
    assert.doesNotMatch(id, /[/\\?#%]/);
    assert.equal(id, 'a~2Fb;c~5Cd;e~3Ff~23g~25h');
    assert.equal(outboxMessageId('s', 'u', 'påminnelse'), 's;u;p~C3~A5minnelse');
  });
  it('should hash an id that would be too long when the parts are long', () => {
    const id = outboxMessageId('s'.repeat(150), 'u'.repeat(100), 'announcement');
    assert.ok(id.length <= MAX_OUTBOX_MESSAGE_ID_LENGTH);
    assert.match(id, /^s{64};~~[0-9a-f]{64}$/);
    assert.notEqual(id, outboxMessageId('s'.repeat(150), 'u'.repeat(100), 'reminder'));
  });
  it('should refuse an empty or malformed part', () => {
    assert.throws(
      () => outboxMessageId('', 'u', 'k'),
      (error) => isDomainError(error, 'invalid-input'),
    );
    assert.throws(
      () => outboxMessageId('s', 'u', '\uD800'),
      (error) => isDomainError(error, 'invalid-input'),
    );
  });
});

describe('newOutboxMessage', () => {
  const now = new Date('2026-11-24T10:00:00.000Z');
  const base = { tenantId: 't', settlementId: 's-1', unitId: 'barnehage', conversationId: '19:c@thread.tacv2', now };

  it('should create a pending send due now when only the basics are given', () => {
    const message = newOutboxMessage({ ...base, kind: 'announcement' });
    assert.deepEqual(message, {
      id: 's-1;barnehage;announcement',
      tenantId: 't',
      unitId: 'barnehage',
      settlementId: 's-1',
      kind: 'announcement',
      operation: 'send',
      conversationId: '19:c@thread.tacv2',
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now.toISOString(),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
  });
  it('should point an update at the message of the kind it replaces', () => {
    const message = newOutboxMessage({ ...base, kind: 'update:v2', operation: 'update', updatesKind: 'announcement' });
    assert.equal(message.updatesMessageId, 's-1;barnehage;announcement');
  });
  it('should hold the message until notBefore when one is given', () => {
    const later = new Date('2026-11-25T07:00:00.000Z');
    assert.equal(newOutboxMessage({ ...base, kind: 'reminder:2026-11-25', notBefore: later }).nextAttemptAt, later.toISOString());
  });
  it('should refuse an update without its original and a send with one', () => {
    assert.throws(
      () => newOutboxMessage({ ...base, kind: 'update:v2', operation: 'update' }),
      (error) => isDomainError(error, 'invalid-input'),
    );
    assert.throws(
      () => newOutboxMessage({ ...base, kind: 'x', updatesKind: 'announcement' }),
      (error) => isDomainError(error, 'invalid-input'),
    );
  });
});
