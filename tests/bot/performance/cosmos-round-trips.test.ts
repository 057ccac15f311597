import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DEMO_TENANT_ID } from '../../../bot/src/app/config.js';
import { addDays, osloToday } from '../../../bot/src/kernel/dates/iso-date.js';
import { COSMOS_COST_HEADERS } from '../../../bot/src/platform/http/cosmos-cost-headers.js';
import { startAppHarness, type AppHarness } from '../../support/http/app-harness.js';
import { DEMO } from '../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../support/settlements/test-household.js';

/**
 * The round-trip budget of each hot operation, counted at the Cosmos client (the plugin behind the
 * `X-Introteam-Cosmos-Round-Trips` header), so a change that adds round trips fails here. Each
 * budget is checked in steady state (after one warm-up call) and must not grow with stored data.
 * Timings are the bench's (`npm run bench`), not these tests'.
 */
const BUDGET = {
  cardAction: 4,
  /** Besides one flow and one outbox message per affected unit; 2 of them read and write the reference counter. */
  register: 11,
  listPage: 6,
  me: 1,
  /**
   * The start page: the queries of the sections that apply and one lookup of the settlements they
   * name, each query two round trips as the client counts them; units and channels come from the cache.
   */
  overviewMember: 6,
  /** A coordinator who is also a member of a unit (as the demo's is) gets both kinds of sections: six queries. */
  overviewCoordinatorAndMember: 12,
  /**
   * A page of the audit log: the caller, the page (its query plan and the query, as for every ORDER BY)
   * and its settlements in one query; users and units come from the directory cache.
   */
  auditPage: 4,
} as const;

const CHANNEL_ID = '19:barnehage-rundturer@thread.tacv2';
/** The test household affects all six demo units; only barnehage is bound to a channel here, so only it gets an announcement. */
const UNITS_OF_TEST_HOUSEHOLD = 6;
const BOUND_UNITS = 1;

type Json = ReturnType<typeof JSON.parse>;

describe('Cosmos DB round trips per hot operation (counted at the client)', function () {
  this.timeout(60_000);
  let harness: AppHarness;
  const tokens = new Map<string, string>();

  before(async () => {
    harness = await startAppHarness();
    await harness.repositories.bindings.put({
      tenantId: DEMO_TENANT_ID,
      unitId: 'barnehage',
      conversationId: CHANNEL_ID,
      channelName: 'Barnehage',
      boundBy: DEMO.admin,
      boundAt: new Date().toISOString(),
    });
  });
  after(async () => harness.close());

  async function api(userId: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    if (!tokens.has(userId)) tokens.set(userId, await harness.devToken(userId));
    const response = await fetch(`${harness.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens.get(userId)}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Json, roundTrips: roundTripsOf(response) };
  }

  async function register(): Promise<{ id: string; roundTrips: number }> {
    const registration = testRegistration(addDays(osloToday(), 14));
    const { status, body, roundTrips } = await api(DEMO.coordinator, 'POST', '/api/settlements', registration, {
      'idempotency-key': randomUUID(),
    });
    assert.equal(status, 201, JSON.stringify(body));
    return { id: body.settlement.id, roundTrips };
  }

  async function cardAction(verb: string, data: Record<string, unknown>, userId: string = DEMO.barnehage, expectedStatus = 200) {
    const response = await fetch(`${harness.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: randomUUID(),
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:9/',
        from: { id: `29:${userId}`, aadObjectId: userId },
        recipient: { id: '28:introteam-bot' },
        conversation: { id: `${CHANNEL_ID};messageid=1`, conversationType: 'channel', tenantId: DEMO_TENANT_ID, isGroup: true },
        channelData: { tenant: { id: DEMO_TENANT_ID }, channel: { id: CHANNEL_ID }, team: { id: CHANNEL_ID } },
        value: { action: { type: 'Action.Execute', verb, data } },
      }),
    });
    const body = (await response.json()) as Json;
    assert.equal(body.statusCode, expectedStatus, JSON.stringify(body));
    return roundTripsOf(response);
  }

  async function tasksOf(settlementId: string): Promise<string[]> {
    const flow = await harness.repositories.flows.get(DEMO_TENANT_ID, settlementId, 'barnehage');
    return flow!.value.tasks.map((task) => task.taskId);
  }

  it('a card action (take, complete, comment) costs at most 4, however many settlements are stored', async () => {
    const { id } = await register();
    const [warmUp, first, second, third] = await tasksOf(id);
    await cardAction('takeTask', { settlementId: id, unitId: 'barnehage', taskId: warmUp });
    const take = await cardAction('takeTask', { settlementId: id, unitId: 'barnehage', taskId: first });
    const complete = await cardAction('completeTask', { settlementId: id, unitId: 'barnehage', taskId: second });
    const comment = await cardAction('commentTask', {
      settlementId: id,
      unitId: 'barnehage',
      taskId: third,
      [`comment-${third}`]: 'Avtalt',
    });
    for (let i = 0; i < 5; i += 1) await register();
    const takeAfterGrowth = await cardAction('takeTask', { settlementId: id, unitId: 'barnehage', taskId: third });
    assert.deepEqual(
      { take, complete, comment, takeAfterGrowth },
      { take: take, complete: take, comment: take, takeAfterGrowth: take },
      'every task action costs the same',
    );
    assert.ok(take <= BUDGET.cardAction, `a card action took ${take} round trips (budget ${BUDGET.cardAction})`);
  });

  it('a task action by someone outside the unit is refused before the flow or the settlement is read', async () => {
    const { id } = await register();
    const [taskId] = await tasksOf(id);
    const press = () => cardAction('takeTask', { settlementId: id, unitId: 'barnehage', taskId }, DEMO.coordinator, 403);
    await press();
    assert.equal(await press(), 0, 'a refusal in steady state reads nothing (caller and channel binding are cached)');
  });

  it(`registering a settlement costs at most ${BUDGET.register} besides one flow and one outbox message per affected unit`, async () => {
    await register();
    const { roundTrips } = await register();
    const budget = BUDGET.register + UNITS_OF_TEST_HOUSEHOLD + BOUND_UNITS;
    assert.ok(roundTrips <= budget, `registering took ${roundTrips} round trips (budget ${budget})`);
  });

  it('a page of GET /api/settlements costs the same with few or many stored, within budget', async () => {
    await api(DEMO.coordinator, 'GET', '/api/settlements');
    const few = await api(DEMO.coordinator, 'GET', '/api/settlements');
    for (let i = 0; i < 30; i += 1) await register();
    const many = await api(DEMO.coordinator, 'GET', '/api/settlements');
    assert.equal(many.status, 200);
    assert.equal(many.roundTrips, few.roundTrips, 'a page must not cost more when more is stored');
    assert.ok(many.roundTrips <= BUDGET.listPage, `a page took ${many.roundTrips} round trips (budget ${BUDGET.listPage})`);
  });

  it('a page of GET /api/settlements with search or filters costs no more than the unfiltered page, within budget', async () => {
    const { id } = await register();
    const reference = (await api(DEMO.coordinator, 'GET', `/api/settlements/${id}`)).body.settlement.reference as string;
    const month = addDays(osloToday(), 14).slice(0, 7);
    await api(DEMO.coordinator, 'GET', '/api/settlements');
    const plain = await api(DEMO.coordinator, 'GET', '/api/settlements?limit=2');
    const queries = [
      '?status=open&limit=2',
      '?unitId=barnehage&limit=2',
      `?arrivalMonth=${month}&limit=2`,
      `?q=${encodeURIComponent(reference)}`,
      `?status=open&unitId=barnehage&arrivalMonth=${month}&limit=2`,
    ];
    for (const query of queries) {
      const page = await api(DEMO.coordinator, 'GET', `/api/settlements${query}`);
      assert.equal(page.status, 200, JSON.stringify(page.body));
      assert.ok(page.roundTrips <= plain.roundTrips, `${query} took ${page.roundTrips} round trips, the plain page ${plain.roundTrips}`);
      assert.ok(page.roundTrips <= BUDGET.listPage, `${query} took ${page.roundTrips} round trips (budget ${BUDGET.listPage})`);
    }
    const first = await api(DEMO.barnehage, 'GET', `/api/settlements?unitId=barnehage&arrivalMonth=${month}&limit=2`);
    assert.ok(first.body.continuationToken, 'more than one page of the month');
    const second = await api(
      DEMO.barnehage,
      'GET',
      `/api/settlements?unitId=barnehage&arrivalMonth=${month}&limit=2&continuationToken=${first.body.continuationToken}`,
    );
    assert.equal(second.status, 200);
    assert.ok(
      second.roundTrips <= BUDGET.listPage,
      `the next filtered page took ${second.roundTrips} round trips (budget ${BUDGET.listPage})`,
    );
  });

  it(`GET /api/overview costs at most ${BUDGET.overviewMember} for a unit member and ${BUDGET.overviewCoordinatorAndMember} for a coordinator who is one too, the same with few or many stored`, async () => {
    const cost = async (userId: string) => {
      await api(userId, 'GET', '/api/overview');
      const { status, roundTrips } = await api(userId, 'GET', '/api/overview');
      assert.equal(status, 200);
      return roundTrips;
    };
    const few = { member: await cost(DEMO.barnehage), coordinator: await cost(DEMO.coordinator) };
    for (let i = 0; i < 5; i += 1) await register();
    const many = { member: await cost(DEMO.barnehage), coordinator: await cost(DEMO.coordinator) };
    assert.deepEqual(many, few, 'the start page must not cost more when more is stored');
    assert.ok(many.member <= BUDGET.overviewMember, `a unit member's start page took ${many.member} round trips (budget ${BUDGET.overviewMember})`);
    assert.ok(
      many.coordinator <= BUDGET.overviewCoordinatorAndMember,
      `a coordinator's start page took ${many.coordinator} round trips (budget ${BUDGET.overviewCoordinatorAndMember})`,
    );
  });

  it(`GET /api/me costs at most ${BUDGET.me}, independent of stored data`, async () => {
    await api(DEMO.barnehage, 'GET', '/api/me');
    const me = await api(DEMO.barnehage, 'GET', '/api/me');
    assert.equal(me.status, 200);
    assert.ok(me.roundTrips <= BUDGET.me, `/api/me took ${me.roundTrips} round trips (budget ${BUDGET.me})`);
  });

  it(`a page of GET /api/audit costs at most ${BUDGET.auditPage}, however long the log`, async () => {
    await api(DEMO.coordinator, 'GET', '/api/audit?limit=25');
    const page = await api(DEMO.coordinator, 'GET', '/api/audit?limit=25');
    assert.equal(page.status, 200);
    assert.ok((page.body.entries as unknown[]).length > 0, 'the registrations above are in the log');
    assert.ok(page.roundTrips <= BUDGET.auditPage, `an audit page took ${page.roundTrips} round trips (budget ${BUDGET.auditPage})`);
  });
});

function roundTripsOf(response: Response): number {
  const header = response.headers.get(COSMOS_COST_HEADERS.roundTrips);
  assert.ok(header !== null, `the response has no ${COSMOS_COST_HEADERS.roundTrips} header`);
  return Number(header);
}
