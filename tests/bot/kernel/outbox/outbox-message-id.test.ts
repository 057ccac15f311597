import assert from 'node:assert/strict';
import { outboxMessageId } from '../../../../bot/src/kernel/outbox/outbox-message-id.js';
import { newOutboxMessage } from '../../../../bot/src/kernel/outbox/new-outbox-message.js';
import { documentKey, MAX_DOCUMENT_KEY_LENGTH } from '../../../../bot/src/kernel/document-key.js';
import { isDomainError } from '../../../../bot/src/kernel/domain-error.js';
import type { OutboxTopic } from '../../../../bot/src/kernel/outbox/outbox-message.js';

const settlement = (id: string) => ({ type: 'settlement', id });
const announcement: OutboxTopic = { name: 'announcement' };

describe('outboxMessageId', () => {
  it('should give the same id when called with the same subject, unit and topic', () => {
    assert.equal(
      outboxMessageId(settlement('s-1'), 'barnehage', announcement),
      outboxMessageId(settlement('s-1'), 'barnehage', announcement),
    );
    assert.equal(outboxMessageId(settlement('s-1'), 'barnehage', announcement), 'settlement|s-1|barnehage|announcement');
  });
  it('should put the topic’s fields after its name, sorted by field name, whatever order they were written in', () => {
    assert.equal(outboxMessageId(settlement('s-1'), 'nav', { name: 'edited', version: 2 }), 'settlement|s-1|nav|edited|version=2');
    assert.equal(
      outboxMessageId(settlement('s'), 'u', { name: 'x', b: 'two', a: 1 }),
      outboxMessageId(settlement('s'), 'u', { a: 1, name: 'x', b: 'two' }),
    );
  });
  it('should give different ids when the parts differ or could be split differently', () => {
    const ids = new Set([
      outboxMessageId(settlement('s-1'), 'barnehage', announcement),
      outboxMessageId({ type: 'meeting', id: 's-1' }, 'barnehage', announcement),
      outboxMessageId(settlement('s-1'), 'barnehage', { name: 'edited', version: 2 }),
      outboxMessageId(settlement('s-1'), 'barnehage', { name: 'edited', version: 3 }),
      outboxMessageId(settlement('s-1'), 'barnehage', { name: 'removed', version: 2 }),
      outboxMessageId(settlement('s-1|barnehage'), 'x', { name: 'y' }),
      outboxMessageId(settlement('s-1'), 'barnehage|x', { name: 'y' }),
      outboxMessageId(settlement('s-1'), 'barnehage', { name: 'x|y' }),
      outboxMessageId(settlement('s-1'), 'barnehage', { name: 'x', y: 'z' }),
      outboxMessageId(settlement('s-1'), 'barnehage', { name: 'x', y: 'z=w' }),
      outboxMessageId(settlement('s-1'), 'barnehage', { name: 'x', yz: 'w' }),
    ]);
    assert.equal(ids.size, 11);
  });
  it('should escape characters Cosmos forbids in ids when a part contains them', () => {
    const id = outboxMessageId({ type: 'settlement', id: 'a/b' }, 'c\\d', { name: 'e?f#g%h' });
    assert.doesNotMatch(id, /[/\\?#%]/);
    assert.equal(id, 'settlement|a~2Fb|c~5Cd|e~3Ff~23g~25h');
    assert.equal(outboxMessageId(settlement('s'), 'u', { name: 'påminnelse' }), 'settlement|s|u|p~C3~A5minnelse');
  });
  it('should hash an id that would be too long when the parts are long', () => {
    const id = outboxMessageId(settlement('s'.repeat(150)), 'u'.repeat(120), announcement);
    assert.ok(id.length <= MAX_DOCUMENT_KEY_LENGTH);
    assert.match(id, /^settlement\|~~[A-Za-z0-9_-]{43}$/);
    assert.notEqual(id, outboxMessageId(settlement('s'.repeat(150)), 'u'.repeat(120), { name: 'reminder' }));
  });
  it('should refuse an empty or malformed part, and a topic field that is no identifier or has no text or number', () => {
    const invalid = (error: unknown) => isDomainError(error, 'invalid-input');
    assert.throws(() => outboxMessageId(settlement(''), 'u', announcement), invalid);
    assert.throws(() => outboxMessageId(settlement('s'), 'u', { name: '\uD800' }), invalid);
    assert.throws(() => outboxMessageId(settlement('s'), 'u', { name: '' }), invalid);
    assert.throws(() => outboxMessageId(settlement('s'), 'u', { name: 'x', 'a=b': 'c' }), invalid);
    assert.throws(() => outboxMessageId(settlement('s'), 'u', { name: 'x', n: Number.NaN }), invalid);
    assert.throws(() => outboxMessageId(settlement('s'), 'u', { name: 'x', o: {} } as unknown as OutboxTopic), invalid);
  });
  it('should build the id with the one key escaper the storage layer uses', () => {
    assert.equal(
      outboxMessageId({ type: 'settlement', id: 's;1' }, 'nav/x', { name: 'edited', version: 2 }),
      documentKey('settlement', 's;1', 'nav/x', 'edited', 'version=2'),
    );
  });
});

describe('newOutboxMessage', () => {
  const now = new Date('2026-11-24T10:00:00.000Z');
  const base = { tenantId: 't', subject: settlement('s-1'), unitId: 'barnehage', conversationId: '19:c@thread.tacv2', now };

  it('should create a pending send due now when only the basics are given', () => {
    const message = newOutboxMessage({ ...base, topic: announcement });
    assert.deepEqual(message, {
      id: 'settlement|s-1|barnehage|announcement',
      tenantId: 't',
      subject: { type: 'settlement', id: 's-1' },
      unitId: 'barnehage',
      topic: { name: 'announcement' },
      operation: 'send',
      conversationId: '19:c@thread.tacv2',
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now.toISOString(),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
  });
  it('should keep the topic as structured data when it has fields', () => {
    const message = newOutboxMessage({ ...base, topic: { name: 'edited', version: 2 } });
    assert.deepEqual(message.topic, { name: 'edited', version: 2 });
  });
  it('should point an update at the message of the topic it replaces', () => {
    const message = newOutboxMessage({
      ...base,
      topic: { name: 'card-update', revision: 'v2' },
      operation: 'update',
      updatesTopic: announcement,
    });
    assert.equal(message.updatesMessageId, 'settlement|s-1|barnehage|announcement');
  });
  it('should point a reply at the message whose thread it goes to, keeping the full topic in its id', () => {
    const message = newOutboxMessage({ ...base, topic: { name: 'edited', version: 3 }, operation: 'reply', repliesToTopic: announcement });
    assert.equal(message.repliesToMessageId, 'settlement|s-1|barnehage|announcement');
    assert.equal(message.id, 'settlement|s-1|barnehage|edited|version=3');
    assert.equal(message.updatesMessageId, undefined);
  });
  it('should refuse a reply without the topic of its thread and a send with one', () => {
    assert.throws(
      () => newOutboxMessage({ ...base, topic: { name: 'edited', version: 3 }, operation: 'reply' }),
      (error) => isDomainError(error, 'invalid-input'),
    );
    assert.throws(
      () => newOutboxMessage({ ...base, topic: { name: 'x' }, repliesToTopic: announcement }),
      (error) => isDomainError(error, 'invalid-input'),
    );
  });
  it('should hold the message until notBefore when one is given', () => {
    const later = new Date('2026-11-25T07:00:00.000Z');
    const message = newOutboxMessage({ ...base, topic: { name: 'reminder', date: '2026-11-25' }, notBefore: later });
    assert.equal(message.nextAttemptAt, later.toISOString());
  });
  it('should refuse an update without its original and a send with one', () => {
    assert.throws(
      () => newOutboxMessage({ ...base, topic: { name: 'card-update', revision: 'v2' }, operation: 'update' }),
      (error) => isDomainError(error, 'invalid-input'),
    );
    assert.throws(
      () => newOutboxMessage({ ...base, topic: { name: 'x' }, updatesTopic: announcement }),
      (error) => isDomainError(error, 'invalid-input'),
    );
  });
});
