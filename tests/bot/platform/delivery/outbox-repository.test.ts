import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { newOutboxMessage } from '../../../../bot/src/kernel/outbox/new-outbox-message.js';
import type { OutboxTopic } from '../../../../bot/src/kernel/outbox/outbox-message.js';
import { isDomainError } from '../../../../bot/src/kernel/domain-error.js';
import { CosmosOutboxRepository } from '../../../../bot/src/platform/storage/cosmos/cosmos-outbox-repository.js';
import { docId } from '../../../../bot/src/platform/storage/cosmos/document-id.js';
import { useTestStorage } from '../../../support/cosmos/test-cosmos.js';

const T0 = Date.parse('2026-11-24T10:00:00.000Z');
const at = (seconds: number): Date => new Date(T0 + seconds * 1_000);

describe('CosmosOutboxRepository (embedded Cosmos DB)', () => {
  const storage = useTestStorage();
  const repo = (): CosmosOutboxRepository => new CosmosOutboxRepository(storage().containers.outbox);
  const announcement: OutboxTopic = { name: 'announcement' };
  const make = (tenantId: string, settlementId: string, unitId: string, topic = announcement, createdAt = at(0), type = 'settlement') =>
    newOutboxMessage({
      tenantId,
      subject: { type, id: settlementId },
      unitId,
      topic,
      conversationId: `19:${unitId}@thread.tacv2`,
      now: createdAt,
    });

  it('should store a message once and report false when the same id is enqueued again', async () => {
    const tenantId = randomUUID();
    const message = make(tenantId, 's-1', 'barnehage');
    assert.equal(await repo().enqueue(message), true);
    assert.equal(await repo().enqueue({ ...message, topic: announcement, createdAt: at(5).toISOString() }), false);
    assert.deepEqual((await repo().get(tenantId, message.id))?.value, message);
  });

  it('should store the document under docId of its deterministic id', async () => {
    const tenantId = randomUUID();
    const message = make(tenantId, 's-1', 'helse/tjeneste');
    await repo().enqueue(message);
    const { resource } = await storage().containers.outbox.item(docId('outbox-message', message.id), tenantId).read();
    assert.equal((resource as { data?: { id?: string } } | undefined)?.data?.id, message.id);
  });

  it('should list due messages across tenants, oldest first, when several tenants have pending work', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const settlement = randomUUID();
    await repo().enqueue(make(a, settlement, 'nav', announcement, at(2)));
    await repo().enqueue(make(b, settlement, 'nav', announcement, at(1)));
    await repo().enqueue(
      newOutboxMessage({
        tenantId: a,
        subject: { type: 'settlement', id: settlement },
        unitId: 'later',
        topic: { name: 'k' },
        conversationId: 'c',
        now: at(0),
        notBefore: at(3_600),
      }),
    );
    const due = (await repo().listDue(at(10), 100)).filter((message) => message.value.subject.id === settlement);
    assert.deepEqual(
      due.map((message) => message.value.tenantId),
      [b, a],
    );
    const limited = await repo().listDue(at(10), 1);
    assert.equal(limited.length, 1);
  });

  it('should let exactly one of two racing claims win when both hold the same version', async () => {
    const tenantId = randomUUID();
    const message = make(tenantId, randomUUID(), 'barnehage');
    await repo().enqueue(message);
    const [first, second] = [repo(), repo()];
    const seenByFirst = (await first.get(tenantId, message.id))!;
    const seenBySecond = (await second.get(tenantId, message.id))!;
    const results = await Promise.all([first.claim(seenByFirst, at(120), at(1)), second.claim(seenBySecond, at(120), at(1))]);
    assert.equal(results.filter((result) => result !== undefined).length, 1);
    const stored = (await repo().get(tenantId, message.id))!.value;
    assert.deepEqual([stored.status, stored.attempts], ['sending', 1]);
  });

  it('should list a sending message again only when its lease has run out', async () => {
    const tenantId = randomUUID();
    const settlement = randomUUID();
    const message = make(tenantId, settlement, 'nav');
    await repo().enqueue(message);
    await repo().claim((await repo().get(tenantId, message.id))!, at(120), at(1));
    const ids = async (now: Date) =>
      (await repo().listDue(now, 100)).filter((due) => due.value.subject.id === settlement).map((due) => due.value.id);
    assert.deepEqual(await ids(at(119)), []);
    assert.deepEqual(await ids(at(120)), [message.id]);
  });

  it('should refuse a state change with a stale ETag when another writer got there first', async () => {
    const tenantId = randomUUID();
    const message = make(tenantId, randomUUID(), 'nav');
    await repo().enqueue(message);
    const stale = (await repo().get(tenantId, message.id))!;
    const claimed = (await repo().claim(stale, at(120), at(1)))!;
    await assert.rejects(repo().markSent(stale, 'activity-1', at(2)), (error) => isDomainError(error, 'conflict'));
    await assert.rejects(repo().markFailed(stale, 'http-403', at(2)), (error) => isDomainError(error, 'conflict'));
    const sent = await repo().markSent(claimed, 'activity-1', at(2));
    assert.deepEqual([sent.value.status, sent.value.activityId], ['sent', 'activity-1']);
  });

  it('should reschedule, fail and supersede with the current ETag', async () => {
    const tenantId = randomUUID();
    const message = make(tenantId, randomUUID(), 'nav');
    await repo().enqueue(message);
    const claimed = (await repo().claim((await repo().get(tenantId, message.id))!, at(120), at(1)))!;
    const rescheduled = await repo().reschedule(claimed, at(30), at(2), 'http-503');
    assert.deepEqual(
      [rescheduled.value.status, rescheduled.value.nextAttemptAt, rescheduled.value.lastError],
      ['pending', at(30).toISOString(), 'http-503'],
    );
    const failed = await repo().markFailed(rescheduled, 'http-403', at(3));
    assert.equal(failed.value.status, 'failed');
    const other = make(tenantId, message.subject.id, 'helse');
    await repo().enqueue(other);
    const superseded = await repo().markSuperseded((await repo().get(tenantId, other.id))!, at(4));
    assert.equal(superseded.value.status, 'superseded');
  });

  it('should list a subject’s messages in its tenant and type only when another tenant or type uses the same id', async () => {
    const [tenantId, otherTenant] = [randomUUID(), randomUUID()];
    const settlement = randomUUID();
    await repo().enqueue(make(tenantId, settlement, 'nav', announcement, at(2)));
    await repo().enqueue(make(tenantId, settlement, 'helse', announcement, at(1)));
    await repo().enqueue(make(otherTenant, settlement, 'nav'));
    await repo().enqueue(make(tenantId, randomUUID(), 'nav'));
    await repo().enqueue(make(tenantId, settlement, 'voi', announcement, at(0), 'meeting'));
    const listed = await repo().listForSubject(tenantId, { type: 'settlement', id: settlement });
    assert.deepEqual(
      listed.map((message) => message.unitId),
      ['helse', 'nav'],
    );
  });

  it('should list the messages of several subjects of one type in one call, oldest first, in the tenant only', async () => {
    const [tenantId, otherTenant] = [randomUUID(), randomUUID()];
    const [first, second, third] = [randomUUID(), randomUUID(), randomUUID()];
    await repo().enqueue(make(tenantId, first, 'nav', announcement, at(3)));
    await repo().enqueue(make(tenantId, second, 'helse', announcement, at(1)));
    await repo().enqueue(make(tenantId, third, 'voi', announcement, at(2)));
    await repo().enqueue(make(otherTenant, first, 'barnehage'));
    await repo().enqueue(make(tenantId, first, 'grunnskole', announcement, at(0), 'meeting'));
    const listed = await repo().listForSubjects(tenantId, 'settlement', [first, second]);
    assert.deepEqual(
      listed.map((message) => message.unitId),
      ['helse', 'nav'],
    );
    assert.deepEqual(
      (await repo().listForSubjects(tenantId, 'meeting', [first])).map((message) => message.unitId),
      ['grunnskole'],
    );
    assert.deepEqual(await repo().listForSubjects(tenantId, 'settlement', []), []);
  });
});
