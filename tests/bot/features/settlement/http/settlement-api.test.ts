import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { startAppHarness, type AppHarness } from '../../../../support/http/app-harness.js';
import { DEMO } from '../../../../support/settlements/settlement-harness.js';
import { sensitiveStrings, TEST_PERSONS, testRegistration } from '../../../../support/settlements/test-household.js';
import sinon from 'sinon';

/** Parsed JSON, as untyped as `JSON.parse` gives it. */
type Json = ReturnType<typeof JSON.parse>;
type Registration = ReturnType<typeof testRegistration>;

const ARRIVAL = addDays(osloToday(), 14);
const ALL_UNITS = ['barnehage', 'bosetting', 'grunnskole', 'helsetjeneste', 'nav', 'voi'];
/** A fresh Idempotency-Key header: one per submission. */
const newKey = (): Record<string, string> => ({ 'idempotency-key': randomUUID() });

describe('settlement API (embedded Cosmos DB, dev sign-in)', () => {
  let harness: AppHarness;
  const tokens = new Map<string, string>();
  before(async () => {
    harness = await startAppHarness();
  });
  after(async () => harness.close());

  async function call(
    userId: string | undefined,
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<{ status: number; body: Json }> {
    const headers: Record<string, string> =
      body === undefined ? { ...extraHeaders } : { ...extraHeaders, 'content-type': 'application/json' };
    if (userId !== undefined) {
      if (!tokens.has(userId)) tokens.set(userId, await harness.devToken(userId));
      headers.authorization = `Bearer ${tokens.get(userId)}`;
    }
    const response = await fetch(`${harness.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }

  async function register(
    registration: Registration = testRegistration(ARRIVAL),
  ): Promise<{ id: string; registration: Registration; body: Json }> {
    const { status, body } = await call(DEMO.coordinator, 'POST', '/api/settlements', registration, newKey());
    assert.equal(status, 201, JSON.stringify(body));
    return { id: body.settlement.id, registration, body };
  }

  /** What is stored: settlements of the demo tenant and raw documents in the personal-data container. */
  async function storedCounts(): Promise<{ settlements: number; personal: number }> {
    const personal = await harness.storage.containers.personalData.items.query('SELECT VALUE COUNT(1) FROM c').fetchAll();
    return {
      settlements: (await harness.repositories.settlements.listPage(DEMO_TENANT_ID, { limit: 100 })).settlements.length,
      personal: personal.resources[0] as number,
    };
  }

  async function auditEntries(resource: string, actorId: string) {
    return (await harness.repositories.audit.list(DEMO_TENANT_ID, { limit: 500 })).filter(
      (e) => e.resource === resource && e.actorId === actorId,
    );
  }

  const unitOf = (settlement: Json, unitId: string) => settlement.units.find((u: { unitId: string }) => u.unitId === unitId);
  const taskOf = (settlement: Json, unitId: string, taskId: string) =>
    unitOf(settlement, unitId).flow.tasks.find((t: { taskId: string }) => t.taskId === taskId);

  it('should answer 401 and store nothing when the token is missing', async () => {
    const before = await storedCounts();
    assert.equal((await call(undefined, 'GET', '/api/settlements')).status, 401);
    const { status, body } = await call(undefined, 'POST', '/api/settlements', testRegistration(ARRIVAL), newKey());
    assert.equal(status, 401);
    assert.equal(body.error.code, 'unauthenticated');
    assert.deepEqual(await storedCounts(), before);
  });

  it('should register a settlement for a coordinator with 201, a name-free body and a warning per unbound unit', async () => {
    const before = await storedCounts();
    const { id, registration, body } = await register();
    assert.deepEqual(await storedCounts(), {
      settlements: before.settlements + 1,
      personal: before.personal + registration.members.length + 1,
    });
    const text = JSON.stringify(body);
    for (const secret of [...sensitiveStrings(registration), registration.note])
      assert.ok(!text.includes(secret), `the response leaks ${secret}`);
    assert.equal(body.settlement.status, 'open');
    assert.equal(body.settlement.arrivalDate, ARRIVAL);
    assert.deepEqual([body.settlement.adultCount, body.settlement.childCount], [2, 2]);
    assert.deepEqual(body.settlement.units.map((u: { unitId: string }) => u.unitId).sort(), ALL_UNITS);
    assert.equal(body.warnings.length, ALL_UNITS.length);
    for (const name of ['Barnehage', 'Bosetting', 'Grunnskole', 'Helsetjeneste', 'NAV', 'Voksenopplæring og integrering']) {
      assert.ok(
        body.warnings.some((w: string) => w.startsWith(`${name} er ikke koblet til noen kanal`)),
        `no warning for ${name}`,
      );
    }
    assert.equal((await harness.repositories.settlements.get(DEMO_TENANT_ID, id))?.value.status, 'open');
    assert.equal((await harness.repositories.flows.listForSettlement(DEMO_TENANT_ID, id)).length, ALL_UNITS.length);
  });

  it('should return the first settlement with 200 and store one when a POST is retried with the same Idempotency-Key', async () => {
    const before = await storedCounts();
    const registration = testRegistration(ARRIVAL);
    const key = newKey();
    const first = await call(DEMO.coordinator, 'POST', '/api/settlements', registration, key);
    const retry = await call(DEMO.coordinator, 'POST', '/api/settlements', registration, key);
    assert.deepEqual([first.status, retry.status], [201, 200]);
    assert.equal(retry.body.settlement.id, first.body.settlement.id);
    assert.deepEqual(await storedCounts(), {
      settlements: before.settlements + 1,
      personal: before.personal + registration.members.length + 1,
    });
  });

  it('should store one settlement when the same submission is POSTed several times at once', async () => {
    const before = await storedCounts();
    const registration = testRegistration(ARRIVAL);
    const key = newKey();
    const responses = await Promise.all(
      Array.from({ length: 4 }, () => call(DEMO.coordinator, 'POST', '/api/settlements', registration, key)),
    );
    assert.deepEqual(responses.map((r) => r.status).sort(), [200, 200, 200, 201]);
    assert.equal(new Set(responses.map((r) => r.body.settlement.id)).size, 1);
    assert.equal((await storedCounts()).settlements, before.settlements + 1);
  });

  it('should answer 409 in Norwegian and store nothing more when an Idempotency-Key is reused with another body', async () => {
    const key = newKey();
    assert.equal((await call(DEMO.coordinator, 'POST', '/api/settlements', testRegistration(ARRIVAL), key)).status, 201);
    const before = await storedCounts();
    const { status, body } = await call(DEMO.coordinator, 'POST', '/api/settlements', testRegistration(ARRIVAL), key);
    assert.equal(status, 409);
    assert.match(body.error.message, /allerede brukt til en registrering med andre opplysninger/);
    assert.deepEqual(await storedCounts(), before);
  });

  it('should answer 400 in Norwegian and store nothing when the Idempotency-Key is missing or not a UUID', async () => {
    const before = await storedCounts();
    const missing = await call(DEMO.coordinator, 'POST', '/api/settlements', testRegistration(ARRIVAL));
    assert.equal(missing.status, 400);
    assert.match(missing.body.error.message, /Idempotency-Key mangler/);
    const malformed = await call(DEMO.coordinator, 'POST', '/api/settlements', testRegistration(ARRIVAL), { 'idempotency-key': 'en-gang' });
    assert.equal(malformed.status, 400);
    assert.match(malformed.body.error.message, /Idempotency-Key må være én UUID/);
    assert.deepEqual(await storedCounts(), before);
  });

  it('should answer 503 saying nothing changed, and store nothing, when the audit write fails during registration', async () => {
    const before = await storedCounts();
    const append = sinon.stub(harness.repositories.audit, 'append').rejects(new Error('audit down'));
    try {
      const { status, body } = await call(DEMO.coordinator, 'POST', '/api/settlements', testRegistration(ARRIVAL), newKey());
      assert.equal(status, 503);
      assert.equal(body.error.code, 'audit-failed');
      assert.match(body.error.message, /ingenting er vist eller endret/);
    } finally {
      append.restore();
    }
    assert.deepEqual(await storedCounts(), before);
  });

  it('should answer 403 to a barnehage member who registers a settlement, storing nothing', async () => {
    const before = await storedCounts();
    const { status, body } = await call(DEMO.barnehage, 'POST', '/api/settlements', testRegistration(ARRIVAL), newKey());
    assert.equal(status, 403);
    assert.equal(body.error.code, 'forbidden');
    assert.deepEqual(await storedCounts(), before);
  });

  /** The test registration with the first member's name replaced. */
  const withFirstName = (fullName: string): unknown => {
    const registration = testRegistration(ARRIVAL);
    return { ...registration, members: registration.members.map((m, i) => (i === 0 ? { ...m, fullName } : m)) };
  };

  const invalidBodies: [string, () => unknown, RegExp][] = [
    [
      'a name holds a right-to-left override (U+202E)',
      () => withFirstName('Amina\u202EnesetseT'),
      /^Navnet kan ikke inneholde kontrolltegn eller usynlige retningstegn$/,
    ],
    ['a name has 558 characters', () => withFirstName(`${'Amina '.repeat(92)}Haddad`), /^Navnet kan være høyst 200 tegn$/],
    ['a name holds a newline', () => withFirstName('Amina\nTestesen'), /^Navnet kan ikke inneholde linjeskift$/],
    ['members are missing', () => ({ ...testRegistration(ARRIVAL), members: undefined }), /Husstanden må være en liste over personer/],
    ['the arrival date is in 2019', () => testRegistration('2019-01-01'), /Ankomstdato kan ikke være mer enn 1 år tilbake i tid/],
    [
      'fields have the wrong types',
      () => ({ ...testRegistration(ARRIVAL), expectedArrivalDate: 20250101, members: 'fire' }),
      /Ankomstdato må være en gyldig dato/,
    ],
    [
      'the note has 2001 characters',
      () => ({ ...testRegistration(ARRIVAL), note: 'x'.repeat(2001) }),
      /Merknaden kan være høyst 2000 tegn/,
    ],
  ];
  for (const [what, body, message] of invalidBodies) {
    it(`should answer 400 with a Norwegian message and store nothing when ${what}`, async () => {
      const before = await storedCounts();
      const response = await call(DEMO.coordinator, 'POST', '/api/settlements', body(), newKey());
      assert.equal(response.status, 400);
      assert.equal(response.body.error.code, 'invalid-input');
      assert.match(response.body.error.message, message);
      assert.deepEqual(await storedCounts(), before);
    });
  }

  it('should show a grunnskole member only settlements that affect grunnskole, and admin and coordinator all', async () => {
    const withPupil = await register();
    const withoutPupil = testRegistration(ARRIVAL);
    withoutPupil.members.splice(3, 1);
    const noSchool = await register(withoutPupil);
    const listed = async (userId: string) =>
      ((await call(userId, 'GET', '/api/settlements')).body.settlements as { id: string }[]).map((s) => s.id);
    const grunnskole = await listed(DEMO.grunnskole);
    assert.ok(grunnskole.includes(withPupil.id) && !grunnskole.includes(noSchool.id));
    assert.equal((await call(DEMO.grunnskole, 'GET', `/api/settlements/${withPupil.id}`)).status, 200);
    assert.equal((await call(DEMO.grunnskole, 'GET', `/api/settlements/${noSchool.id}`)).status, 403);
    for (const userId of [DEMO.admin, DEMO.coordinator]) {
      const all = await listed(userId);
      assert.ok(all.includes(withPupil.id) && all.includes(noSchool.id), `user ${userId} sees both`);
      assert.equal((await call(userId, 'GET', `/api/settlements/${noSchool.id}`)).status, 200);
    }
  });

  it('should show a barnehage member the 1–5-year-old and the guardians, audited, and refuse another unit’s member', async () => {
    const { id } = await register();
    const { status, body } = await call(DEMO.barnehage, 'GET', `/api/settlements/${id}/persons?unitId=barnehage`);
    assert.equal(status, 200);
    const names = body.persons.map((p: { fullName: string }) => p.fullName).sort();
    assert.deepEqual(names, [TEST_PERSONS.mother.fullName, TEST_PERSONS.father.fullName, TEST_PERSONS.toddler.fullName].sort());
    const toddler = body.persons.find((p: { fullName: string }) => p.fullName === TEST_PERSONS.toddler.fullName);
    assert.deepEqual(toddler.guardianNames.sort(), [TEST_PERSONS.mother.fullName, TEST_PERSONS.father.fullName].sort());
    const [entry] = await auditEntries(`settlement:${id}`, DEMO.barnehage);
    assert.equal(entry?.action, 'personal-data.read');
    assert.equal(entry?.details?.unitId, 'barnehage');
    assert.deepEqual([...(entry?.details?.personIds as string[])].sort(), body.persons.map((p: { personId: string }) => p.personId).sort());
    const refused = await call(DEMO.grunnskole, 'GET', `/api/settlements/${id}/persons?unitId=barnehage`);
    assert.equal(refused.status, 403);
    assert.ok(!JSON.stringify(refused.body).includes(TEST_PERSONS.toddler.fullName));
    assert.deepEqual(await auditEntries(`settlement:${id}`, DEMO.grunnskole), []);
  });

  it('should answer 400 with a Norwegian message when the secure zone is opened without unitId', async () => {
    const { id } = await register();
    const { status, body } = await call(DEMO.barnehage, 'GET', `/api/settlements/${id}/persons`);
    assert.equal(status, 400);
    assert.match(body.error.message, /Enhets-id-en mangler eller er ugyldig/);
    assert.deepEqual(await auditEntries(`settlement:${id}`, DEMO.barnehage), []);
  });

  it('should answer 404 for an unknown or random settlement id', async () => {
    for (const id of [randomUUID(), 'finnes-ikke', encodeURIComponent('a/b?c#d')]) {
      const { status, body } = await call(DEMO.admin, 'GET', `/api/settlements/${id}`);
      assert.equal(status, 404, id);
      assert.equal(body.error.code, 'not-found');
    }
    assert.equal((await call(DEMO.barnehage, 'GET', `/api/settlements/${randomUUID()}/persons?unitId=barnehage`)).status, 404);
    assert.equal(
      (await call(DEMO.barnehage, 'POST', `/api/settlements/${randomUUID()}/units/barnehage/tasks/barnehageplass`, { action: 'take' }))
        .status,
      404,
    );
  });

  it('should take, comment and complete a task with 200, and answer 409 when another user completes it again', async () => {
    const { id } = await register();
    const path = `/api/settlements/${id}/units/barnehage/tasks/barnehageplass`;
    const taken = await call(DEMO.barnehage, 'POST', path, { action: 'take' });
    assert.equal(taken.status, 200);
    assert.equal(taskOf(taken.body.settlement, 'barnehage', 'barnehageplass').status, 'taken');
    assert.equal(taskOf(taken.body.settlement, 'barnehage', 'barnehageplass').takenByName, 'Berit Barnehage');
    assert.equal(taskOf(taken.body.settlement, 'barnehage', 'barnehageplass').takenByMe, true);
    const seenByAdmin = await call(DEMO.admin, 'GET', `/api/settlements/${id}`);
    assert.equal(taskOf(seenByAdmin.body.settlement, 'barnehage', 'barnehageplass').takenByMe, false);
    const commented = await call(DEMO.barnehage, 'POST', path, { action: 'comment', text: 'Plass i Solsikken' });
    assert.equal(commented.status, 200);
    assert.deepEqual(
      taskOf(commented.body.settlement, 'barnehage', 'barnehageplass').comments.map((c: { text: string }) => c.text),
      ['Plass i Solsikken'],
    );
    const completed = await call(DEMO.barnehage, 'POST', path, { action: 'complete' });
    assert.equal(completed.status, 200);
    assert.equal(taskOf(completed.body.settlement, 'barnehage', 'barnehageplass').status, 'done');
    const again = await call(DEMO.admin, 'POST', path, { action: 'complete' });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'conflict');
    const stored = await harness.repositories.flows.get(DEMO_TENANT_ID, id, 'barnehage');
    assert.equal(stored?.value.tasks.find((t) => t.taskId === 'barnehageplass')?.completedBy, DEMO.barnehage);
  });

  it('should answer 409 saying who took the task when someone else tries to release it', async () => {
    const { id } = await register();
    const path = `/api/settlements/${id}/units/barnehage/tasks/barnehageplass`;
    assert.equal((await call(DEMO.barnehage, 'POST', path, { action: 'take' })).status, 200);
    const released = await call(DEMO.admin, 'POST', path, { action: 'reopen' });
    assert.equal(released.status, 409);
    assert.equal(released.body.error.message, 'Oppgaven er tatt av Berit Barnehage, og bare Berit Barnehage kan frigi den.');
    const taken = await call(DEMO.admin, 'POST', path, { action: 'take' });
    assert.equal(taken.body.error.message, 'Oppgaven er allerede tatt av Berit Barnehage.');
  });

  it('should answer 403 and change nothing when a member works a task of a unit they are not in', async () => {
    const { id } = await register();
    const before = await harness.repositories.flows.get(DEMO_TENANT_ID, id, 'grunnskole');
    const { status } = await call(DEMO.barnehage, 'POST', `/api/settlements/${id}/units/grunnskole/tasks/skoleplass`, { action: 'take' });
    assert.equal(status, 403);
    assert.equal((await harness.repositories.flows.get(DEMO_TENANT_ID, id, 'grunnskole'))?.etag, before?.etag);
  });

  it('should answer 409 and keep the edit when a PUT carries a stale expectedVersion', async () => {
    const { id, registration } = await register();
    const edited = await call(DEMO.coordinator, 'PUT', `/api/settlements/${id}`, {
      expectedVersion: 1,
      registration: { ...registration, addressArea: 'Nord' },
    });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.equal(edited.body.settlement.version, 2);
    const stale = await call(DEMO.coordinator, 'PUT', `/api/settlements/${id}`, {
      expectedVersion: 1,
      registration: { ...registration, addressArea: 'Sør' },
    });
    assert.equal(stale.status, 409);
    const stored = await harness.repositories.settlements.get(DEMO_TENANT_ID, id);
    assert.deepEqual([stored?.value.version, stored?.value.addressArea], [2, 'Nord']);
  });

  it('should close every flow on cancel and refuse the secure zone afterwards', async () => {
    const { id } = await register();
    const cancelled = await call(DEMO.coordinator, 'POST', `/api/settlements/${id}/cancel`, { expectedVersion: 1 });
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.settlement.status, 'cancelled');
    const flows = await harness.repositories.flows.listForSettlement(DEMO_TENANT_ID, id);
    assert.deepEqual(
      flows.map((f) => [f.unitId, f.status]).sort(),
      ALL_UNITS.map((u) => [u, 'closed']),
    );
    assert.equal((await call(DEMO.barnehage, 'GET', `/api/settlements/${id}/persons?unitId=barnehage`)).status, 403);
    assert.deepEqual(await auditEntries(`settlement:${id}`, DEMO.barnehage), []);
  });

  it('should give the coordinator the registration with names, audited, and refuse a unit member with 403', async () => {
    const { id, registration } = await register();
    const { status, body } = await call(DEMO.coordinator, 'GET', `/api/settlements/${id}/registration`);
    assert.equal(status, 200);
    assert.equal(body.version, 1);
    assert.equal(body.registration.note, registration.note);
    assert.deepEqual(
      body.registration.members.map((m: { fullName: string }) => m.fullName).sort(),
      registration.members.map((m) => m.fullName).sort(),
    );
    const audited = await auditEntries(`settlement:${id}`, DEMO.coordinator);
    assert.ok(
      audited.some((e) => /read/.test(e.action)),
      'the coordinator’s read is audited',
    );
    const refused = await call(DEMO.barnehage, 'GET', `/api/settlements/${id}/registration`);
    assert.equal(refused.status, 403);
    assert.ok(!JSON.stringify(refused.body).includes(TEST_PERSONS.mother.fullName));
  });
});
