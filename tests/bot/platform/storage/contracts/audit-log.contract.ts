import assert from 'node:assert/strict';
import type { AuditEntry } from '../../../../../bot/src/kernel/audit/audit-entry.js';
import type { AuditLog } from '../../../../../bot/src/kernel/audit/audit-log.js';
import { assertRejectsWithCode, newTenantId, type Make } from './contract-helpers.js';

/** An audit log under test and a way to make its next writes fail. */
export interface AuditLogSubject {
  readonly log: AuditLog;
  /** Makes every following write to the underlying store fail (restored by the suite's owner). */
  breakWrites(): void;
}

function entry(tenantId: string, id: string, at: string): AuditEntry {
  return {
    id,
    tenantId,
    actorId: 'user-1',
    action: 'personal-data.read',
    resource: 'settlement:s1',
    details: { unitId: 'nav', personIds: ['p1', 'p2'] },
    at,
  };
}

/** The behaviour every AuditLog must show: append-only, newest first, failing closed. */
export function describeAuditLogContract(name: string, makeSubject: Make<AuditLogSubject>): void {
  describe(name, () => {
    it('should list an appended entry unchanged', async () => {
      const { log } = await makeSubject();
      const appended = entry(newTenantId(), 'e1', '2026-01-05T08:00:00.000Z');
      await log.append(appended);
      assert.deepEqual(await log.list(appended.tenantId), [appended]);
    });

    it('should list newest first and respect the limit when there are several entries', async () => {
      const { log } = await makeSubject();
      const tenantId = newTenantId();
      await log.append(entry(tenantId, 'e-mid', '2026-01-02T00:00:00.000Z'));
      await log.append(entry(tenantId, 'e-new', '2026-01-03T00:00:00.000Z'));
      await log.append(entry(tenantId, 'e-old', '2026-01-01T00:00:00.000Z'));
      assert.deepEqual(
        (await log.list(tenantId)).map((e) => e.id),
        ['e-new', 'e-mid', 'e-old'],
      );
      assert.deepEqual(
        (await log.list(tenantId, { limit: 2 })).map((e) => e.id),
        ['e-new', 'e-mid'],
      );
    });

    it('should return at most 100 entries when no limit is given', async () => {
      const { log } = await makeSubject();
      const tenantId = newTenantId();
      for (let i = 0; i < 101; i += 1) {
        await log.append(entry(tenantId, `e${i}`, new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString()));
      }
      const listed = await log.list(tenantId);
      assert.equal(listed.length, 100);
      assert.equal(listed[0]?.id, 'e100');
    });

    it('should throw invalid-input when the limit is not a positive integer up to 1000', async () => {
      const { log } = await makeSubject();
      for (const limit of [0, -1, 1.5, 1001]) {
        await assertRejectsWithCode(log.list(newTenantId(), { limit }), 'invalid-input');
      }
    });

    it('should not list another tenant’s entries', async () => {
      const { log } = await makeSubject();
      const tenantId = newTenantId();
      await log.append(entry(tenantId, 'e1', '2026-01-05T08:00:00.000Z'));
      await log.append(entry(newTenantId(), 'e2', '2026-01-05T08:00:00.000Z'));
      assert.deepEqual(
        (await log.list(tenantId)).map((e) => e.id),
        ['e1'],
      );
    });

    it('should return the first entry and never overwrite it when an id is appended again', async () => {
      const { log } = await makeSubject();
      const first = entry(newTenantId(), 'e1', '2026-01-05T08:00:00.000Z');
      assert.deepEqual(await log.append(first), first);
      assert.deepEqual(await log.append({ ...first, action: 'tampered', at: '2026-01-06T08:00:00.000Z' }), first);
      assert.deepEqual(await log.list(first.tenantId), [first]);
    });

    it('should throw audit-failed and store nothing when the write fails', async () => {
      const subject = await makeSubject();
      const tenantId = newTenantId();
      subject.breakWrites();
      await assertRejectsWithCode(subject.log.append(entry(tenantId, 'e1', '2026-01-05T08:00:00.000Z')), 'audit-failed');
      assert.deepEqual(await subject.log.list(tenantId), []);
    });

    describe('listPage', () => {
      const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 8, minute)).toISOString();

      it('should page newest first with ties broken by id, each entry once, while entries are added', async () => {
        const { log } = await makeSubject();
        const tenantId = newTenantId();
        for (const [id, minute] of [['a', 1], ['b', 2], ['c', 2], ['d', 3], ['e', 4]] as const) await log.append(entry(tenantId, id, at(minute)));
        const first = await log.listPage(tenantId, { filter: {}, limit: 2 });
        assert.deepEqual(first.entries.map((e) => e.id), ['e', 'd']);
        assert.ok(first.next);
        // Appended between the pages: newer than the cursor, so it does not shift what follows.
        await log.append(entry(tenantId, 'f', at(5)));
        const second = await log.listPage(tenantId, { filter: {}, limit: 2, after: first.next });
        assert.deepEqual(second.entries.map((e) => e.id), ['c', 'b']);
        const third = await log.listPage(tenantId, { filter: {}, limit: 2, after: second.next });
        assert.deepEqual(third.entries.map((e) => e.id), ['a']);
        assert.equal(third.next, undefined);
      });

      it('should filter by settlement, user, action, dates and at least so many persons', async () => {
        const { log } = await makeSubject();
        const tenantId = newTenantId();
        const base = entry(tenantId, 'x', at(0));
        await log.append({ ...base, id: 'read-2', at: at(1) }); // personIds: 2, settlement s1, user-1
        await log.append({ ...base, id: 'register-5', at: at(2), action: 'settlement.register', details: { persons: 5 } });
        await log.append({ ...base, id: 'other-user', at: at(3), actorId: 'user-2', resource: 'settlement:s2' });
        await log.append({ ...base, id: 'bind', at: at(4), action: 'channel.bind', resource: 'unit:nav', details: { conversationId: 'c' } });
        const ids = async (filter: Parameters<AuditLog['listPage']>[1]['filter']) =>
          (await log.listPage(tenantId, { filter, limit: 50 })).entries.map((e) => e.id);
        assert.deepEqual(await ids({ settlementId: 's1' }), ['register-5', 'read-2']);
        assert.deepEqual(await ids({ actorId: 'user-2' }), ['other-user']);
        assert.deepEqual(await ids({ action: 'channel.bind' }), ['bind']);
        assert.deepEqual(await ids({ fromAt: at(2), toAt: at(4) }), ['other-user', 'register-5']);
        assert.deepEqual(await ids({ minPersons: 3 }), ['register-5']);
        assert.deepEqual(await ids({ minPersons: 2 }), ['other-user', 'register-5', 'read-2']);
        assert.deepEqual(await ids({ settlementId: 's1', minPersons: 3, actorId: 'user-1' }), ['register-5']);
      });

      it('should not page another tenant’s entries and refuse a page size outside 1–200', async () => {
        const { log } = await makeSubject();
        const tenantId = newTenantId();
        await log.append(entry(newTenantId(), 'theirs', at(1)));
        assert.deepEqual((await log.listPage(tenantId, { filter: {}, limit: 10 })).entries, []);
        for (const limit of [0, 201, 1.5]) await assertRejectsWithCode(log.listPage(tenantId, { filter: {}, limit }), 'invalid-input');
      });
    });
  });
}
