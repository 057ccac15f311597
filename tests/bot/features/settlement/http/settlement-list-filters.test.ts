import assert from 'node:assert/strict';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { cancelSettlementUseCase } from '../../../../../bot/src/features/settlement/use-cases/cancel-settlement-use-case.js';
import { registerSettlement } from '../../../../../bot/src/features/settlement/use-cases/register-settlement.js';
import type { Settlement } from '../../../../../bot/src/features/settlement/domain/settlement.js';
import { startAppHarness, type AppHarness } from '../../../../support/http/app-harness.js';
import { DEMO } from '../../../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../../../support/settlements/test-household.js';

type Json = ReturnType<typeof JSON.parse>;
interface Row {
  id: string;
  reference?: string;
  status: string;
  units: { unitId: string }[];
}

describe('GET /api/settlements search and filters (embedded Cosmos DB)', function () {
  this.timeout(60_000);
  let harness: AppHarness;
  const tokens = new Map<string, string>();
  /** family (+5 days), family cancelled (+40), adults only (+75), family (+40). */
  let family: Settlement, cancelled: Settlement, adults: Settlement, sameMonth: Settlement;

  before(async () => {
    harness = await startAppHarness();
    const services = harness.app.settlementServices;
    const coordinator = (await harness.repositories.users.get(DEMO_TENANT_ID, DEMO.coordinator))!;
    const register = async (days: number, adultsOnly = false) => {
      const registration = testRegistration(addDays(osloToday(), days));
      const body = adultsOnly ? { ...registration, members: registration.members.slice(0, 2) } : registration;
      return (await registerSettlement(services, coordinator, body)).settlement;
    };
    family = await register(5);
    cancelled = await register(40);
    adults = await register(75, true);
    sameMonth = await register(40);
    cancelled = await cancelSettlementUseCase(services, coordinator, { settlementId: cancelled.id, expectedVersion: 1 });
  });
  after(async () => harness.close());

  async function list(userId: string, query: string): Promise<{ status: number; body: Json }> {
    if (!tokens.has(userId)) tokens.set(userId, await harness.devToken(userId));
    const response = await fetch(`${harness.baseUrl}/api/settlements${query}`, {
      headers: { authorization: `Bearer ${tokens.get(userId)}` },
    });
    return { status: response.status, body: await response.json() };
  }
  async function ids(userId: string, query: string): Promise<string[]> {
    const { status, body } = await list(userId, query);
    assert.equal(status, 200, JSON.stringify(body));
    return (body.settlements as Row[]).map((s) => s.id).sort();
  }
  const sorted = (...settlements: Settlement[]) => settlements.map((s) => s.id).sort();

  it('should give each settlement its reference in the list', async () => {
    const { body } = await list(DEMO.coordinator, '');
    for (const row of body.settlements as Row[]) assert.match(row.reference ?? '', /^BOS-\d{4}-\d{3,}$/);
  });

  it('should find exactly one settlement when searched by its reference in any accepted form', async () => {
    const [, year, number] = /^BOS-(\d{4})-(\d+)$/.exec(adults.reference!)!;
    for (const q of [adults.reference!, `bos-${year}-${Number(number)}`, `${year}-${Number(number)}`]) {
      const { body } = await list(DEMO.coordinator, `?q=${encodeURIComponent(q)}`);
      assert.deepEqual(
        (body.settlements as Row[]).map((s) => s.id),
        [adults.id],
        q,
      );
      assert.equal(body.continuationToken, undefined);
    }
  });

  it('should refuse a search that is no reference with 400 and a Norwegian message', async () => {
    const { status, body } = await list(DEMO.coordinator, '?q=Haddad');
    assert.equal(status, 400);
    assert.match(body.error.message, /Søk etter en referanse/);
    assert.doesNotMatch(JSON.stringify(body), /Haddad/);
  });

  it('should give only settlements with the status when filtered by status', async () => {
    assert.deepEqual(await ids(DEMO.coordinator, '?status=cancelled'), sorted(cancelled));
    assert.deepEqual(await ids(DEMO.coordinator, '?status=open'), sorted(family, adults, sameMonth));
  });

  it('should give only settlements affecting the unit when filtered by unit', async () => {
    assert.deepEqual(await ids(DEMO.coordinator, '?unitId=barnehage'), sorted(family, cancelled, sameMonth));
  });

  it('should keep a unit member to their own units when they filter by another unit', async () => {
    const { body } = await list(DEMO.coordinator, '?unitId=nav');
    const affectingNav = (body.settlements as Row[]).map((s) => s.id);
    assert.ok(affectingNav.includes(adults.id), 'the adults-only settlement affects nav');
    const seen = await ids(DEMO.barnehage, '?unitId=nav');
    assert.ok(!seen.includes(adults.id), 'not a barnehage settlement, so never shown to barnehage');
    assert.deepEqual(seen, sorted(family, cancelled, sameMonth));
    assert.deepEqual(await ids(DEMO.grunnskole, '?unitId=barnehage&status=open'), sorted(family, sameMonth));
  });

  it('should give only the month’s arrivals when filtered by arrival month, paged with tokens', async () => {
    const month = sameMonth.arrivalDate.slice(0, 7);
    const seen: string[] = [];
    let query = `?arrivalMonth=${month}&limit=1`;
    for (let page = 0; page < 5; page += 1) {
      const { status, body } = await list(DEMO.coordinator, query);
      assert.equal(status, 200, JSON.stringify(body));
      seen.push(...(body.settlements as Row[]).map((s) => s.id));
      if (!body.continuationToken) break;
      query = `?arrivalMonth=${month}&limit=1&continuationToken=${body.continuationToken}`;
    }
    assert.deepEqual(seen, [cancelled.id, sameMonth.id].sort().reverse(), 'newest arrival first, ties by id descending');
  });

  it('should refuse a continuation token when it is used with other filters', async () => {
    const month = sameMonth.arrivalDate.slice(0, 7);
    const filtered = (await list(DEMO.coordinator, `?arrivalMonth=${month}&limit=1`)).body.continuationToken as string;
    const unfiltered = (await list(DEMO.coordinator, '?limit=1')).body.continuationToken as string;
    for (const query of [
      `?arrivalMonth=${month}&status=open&limit=1&continuationToken=${filtered}`,
      `?limit=1&continuationToken=${filtered}`,
      `?status=open&limit=1&continuationToken=${unfiltered}`,
    ]) {
      const { status, body } = await list(DEMO.coordinator, query);
      assert.equal(status, 400, query);
      assert.match(body.error.message, /hører til et annet søk eller andre filtre/);
    }
  });

  for (const [what, query] of [
    ['an arrival month that is no month', '?arrivalMonth=2026-13'],
    ['a status it does not know', '?status=done'],
    ['a unit id with odd characters', '?unitId=%3Cb%3E'],
  ] as const) {
    it(`should refuse ${what} with 400 and a Norwegian message`, async () => {
      const { status, body } = await list(DEMO.coordinator, query);
      assert.equal(status, 400, JSON.stringify(body));
      assert.match(body.error.message, /arrivalMonth må være|status må være|unitId er ugyldig/);
    });
  }
});
