import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import sinon from 'sinon';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { startAppHarness, type AppHarness } from '../../../../support/http/app-harness.js';
import { DEMO } from '../../../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../../../support/settlements/test-household.js';

type Json = ReturnType<typeof JSON.parse>;

describe('privacy settings API (embedded Cosmos DB, dev sign-in)', () => {
  let harness: AppHarness;
  const tokens = new Map<string, string>();
  before(async () => {
    harness = await startAppHarness();
  });
  after(async () => harness.close());
  afterEach(() => sinon.restore());

  const call = async (userId: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> => {
    if (!tokens.has(userId)) tokens.set(userId, await harness.devToken(userId));
    const headers: Record<string, string> = { authorization: `Bearer ${tokens.get(userId)}`, 'idempotency-key': randomUUID() };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${harness.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  const privacyEntries = async () => (await harness.repositories.audit.list(DEMO_TENANT_ID)).filter((e) => e.action === 'privacy.update');

  it('should show the default (numbers from three persons) to an admin before anything is changed', async () => {
    const { status, body } = await call(DEMO.admin, 'GET', '/api/admin/privacy');
    assert.equal(status, 200);
    assert.deepEqual(body, { minHouseholdForCounts: 3 });
  });

  it('should answer 403 and change nothing when a coordinator or unit member reads or changes the setting', async () => {
    for (const userId of [DEMO.coordinator, DEMO.barnehage]) {
      assert.equal((await call(userId, 'GET', '/api/admin/privacy')).status, 403, userId);
      assert.equal((await call(userId, 'PUT', '/api/admin/privacy', { minHouseholdForCounts: 1 })).status, 403, userId);
    }
    assert.equal((await harness.repositories.tenants.get(DEMO_TENANT_ID))?.privacy, undefined);
    assert.deepEqual(await privacyEntries(), []);
  });

  it('should answer 400 in Norwegian for a value that is not offered', async () => {
    const { status, body } = await call(DEMO.admin, 'PUT', '/api/admin/privacy', { minHouseholdForCounts: 2 });
    assert.equal(status, 400);
    assert.equal(body.error.code, 'invalid-input');
    assert.equal((await harness.repositories.tenants.get(DEMO_TENANT_ID))?.privacy, undefined);
  });

  it('should answer 503 and change nothing when the audit write fails', async () => {
    sinon.stub(harness.repositories.audit, 'append').rejects(new Error('audit down'));
    const { status, body } = await call(DEMO.admin, 'PUT', '/api/admin/privacy', { minHouseholdForCounts: 'never' });
    assert.equal(status, 503);
    assert.equal(body.error.code, 'audit-failed');
    sinon.restore();
    assert.equal((await harness.repositories.tenants.get(DEMO_TENANT_ID))?.privacy, undefined);
  });

  it('should audit an admin’s change and apply it to the settlement view at once (the number is left out when hidden)', async () => {
    const household = testRegistration(addDays(osloToday(), 14));
    const created = await call(DEMO.coordinator, 'POST', '/api/settlements', household);
    assert.equal(created.status, 201);
    const id = created.body.settlement.id;
    const needsOf = async () => (await call(DEMO.coordinator, 'GET', `/api/settlements/${id}`)).body.settlement.needs as Json[];
    const before = await needsOf();
    assert.ok(before.length > 0 && before.every((need) => typeof need.count === 'number' && need.countText === String(need.count)));

    const saved = await call(DEMO.admin, 'PUT', '/api/admin/privacy', { minHouseholdForCounts: 'never' });
    assert.equal(saved.status, 200);
    assert.equal(saved.body.minHouseholdForCounts, 'never');
    const [entry, ...more] = await privacyEntries();
    assert.equal(more.length, 0);
    assert.deepEqual([entry?.actorId, entry?.resource, entry?.details], [DEMO.admin, 'tenant-privacy', { minHouseholdForCounts: 'never' }]);
    assert.equal((await call(DEMO.admin, 'GET', '/api/admin/privacy')).body.minHouseholdForCounts, 'never');

    const after = await needsOf();
    assert.deepEqual(
      after.map((need) => [need.countText, 'count' in need]),
      before.map(() => ['Ja', false]),
    );
  });
});
