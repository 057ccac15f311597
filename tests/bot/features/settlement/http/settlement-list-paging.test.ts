import assert from 'node:assert/strict';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { registerSettlement } from '../../../../../bot/src/features/settlement/use-cases/register-settlement.js';
import { startAppHarness, type AppHarness } from '../../../../support/http/app-harness.js';
import { DEMO } from '../../../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../../../support/settlements/test-household.js';

type Json = ReturnType<typeof JSON.parse>;

describe('GET /api/settlements pages with continuation tokens (embedded Cosmos DB)', function () {
  this.timeout(60_000);
  let harness: AppHarness;
  const registered: { id: string; arrivalDate: string }[] = [];
  const tokens = new Map<string, string>();

  before(async () => {
    harness = await startAppHarness();
    const coordinator = (await harness.repositories.users.get(DEMO_TENANT_ID, DEMO.coordinator))!;
    for (const days of [3, 8, 8, 15, 21]) {
      const { settlement } = await registerSettlement(
        harness.app.settlementServices,
        coordinator,
        testRegistration(addDays(osloToday(), days)),
      );
      registered.push({ id: settlement.id, arrivalDate: settlement.arrivalDate });
    }
  });
  after(async () => harness.close());

  async function list(userId: string, query: string): Promise<{ status: number; body: Json }> {
    if (!tokens.has(userId)) tokens.set(userId, await harness.devToken(userId));
    const response = await fetch(`${harness.baseUrl}/api/settlements${query}`, {
      headers: { authorization: `Bearer ${tokens.get(userId)}` },
    });
    return { status: response.status, body: await response.json() };
  }

  it('should give every settlement once, newest arrival first, following the tokens', async () => {
    const seen: string[] = [];
    let query = '?limit=2';
    let pages = 0;
    for (;;) {
      const { status, body } = await list(DEMO.coordinator, query);
      assert.equal(status, 200, JSON.stringify(body));
      assert.ok(body.settlements.length <= 2);
      seen.push(...body.settlements.map((s: { id: string }) => s.id));
      pages += 1;
      if (!body.continuationToken) break;
      assert.match(body.continuationToken, /^[A-Za-z0-9_-]+$/, 'the token is URL-safe');
      query = `?limit=2&continuationToken=${body.continuationToken}`;
    }
    const expected = [...registered]
      .sort((a, b) => b.arrivalDate.localeCompare(a.arrivalDate) || b.id.localeCompare(a.id))
      .map((s) => s.id);
    assert.deepEqual(seen, expected);
    assert.equal(pages, 3);
  });

  it('should give 25 by default and no token when all fit', async () => {
    const { body } = await list(DEMO.coordinator, '');
    assert.equal(body.settlements.length, registered.length);
    assert.equal(body.continuationToken, undefined);
  });

  it('should show a unit member only settlements that affect the unit, in full pages', async () => {
    const { body } = await list(DEMO.barnehage, '?limit=2');
    assert.equal(body.settlements.length, 2);
    for (const settlement of body.settlements) {
      assert.ok(settlement.units.some((unit: { unitId: string }) => unit.unitId === 'barnehage'));
    }
  });

  for (const [what, query] of [
    ['a forged token', '?continuationToken=eyJhIjoxfQ'],
    ['a token that is not base64url', '?continuationToken=%3Cscript%3E'],
    ['a page size of 0', '?limit=0'],
    ['a page size of 101', '?limit=101'],
    ['a page size that is not a number', '?limit=mange'],
  ] as const) {
    it(`should refuse ${what} with 400 and a Norwegian message`, async () => {
      const { status, body } = await list(DEMO.coordinator, query);
      assert.equal(status, 400, JSON.stringify(body));
      assert.equal(body.error.code, 'invalid-input');
      assert.match(body.error.message, /limit|Fortsettelsesnøkkelen/);
      assert.doesNotMatch(JSON.stringify(body), /<script>/);
    });
  }
});
