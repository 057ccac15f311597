import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DEMO_TENANT_ID } from '../../../../bot/src/app/config.js';
import { docId } from '../../../../bot/src/platform/storage/cosmos/document-id.js';
import { addDays, osloToday } from '../../../../bot/src/kernel/dates/iso-date.js';
import type { OverviewResponse, OverviewSection } from '../../../../contract/overview.js';
import { startAppHarness, type AppHarness } from '../../../support/http/app-harness.js';
import { DEMO } from '../../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../../support/settlements/test-household.js';

describe('GET /api/overview (the start page)', function () {
  this.timeout(60_000);
  let harness: AppHarness;
  let settlementId: string;
  let overdueTaskId: string;
  const today = osloToday();
  const tokens = new Map<string, string>();

  async function call(userId: string, path: string, init: RequestInit = {}): Promise<Response> {
    if (!tokens.has(userId)) tokens.set(userId, await harness.devToken(userId));
    return fetch(`${harness.baseUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${tokens.get(userId)}`, 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
    });
  }
  async function overview(userId: string): Promise<Map<string, OverviewSection>> {
    const response = await call(userId, '/api/overview');
    assert.equal(response.status, 200);
    const body = (await response.json()) as OverviewResponse;
    return new Map(body.sections.map((s) => [s.id, s]));
  }

  before(async () => {
    harness = await startAppHarness();
    const registered = await call(DEMO.coordinator, '/api/settlements', {
      method: 'POST',
      headers: { 'idempotency-key': randomUUID() },
      body: JSON.stringify(testRegistration(addDays(today, 20))),
    });
    assert.equal(registered.status, 201);
    settlementId = ((await registered.json()) as { settlement: { id: string } }).settlement.id;
    // Make the barnehage flow's last task overdue, as if its due date had passed.
    const flow = (await harness.repositories.flows.get(DEMO_TENANT_ID, settlementId, 'barnehage'))!;
    const last = flow.value.tasks.at(-1)!;
    overdueTaskId = last.taskId;
    await harness.repositories.flows.replace(
      { ...flow.value, tasks: flow.value.tasks.map((t) => (t.taskId === last.taskId ? { ...t, dueDate: addDays(today, -2) } : t)) },
      flow.etag,
    );
  });
  after(async () => harness.close());

  it('should show a unit member the unit’s open tasks with the overdue one first, linking to the settlement', async () => {
    const sections = await overview(DEMO.barnehage);
    const open = sections.get('unit-open-tasks');
    assert.ok(open, 'a unit member gets the open-tasks section');
    assert.match(open.title, /Barnehage/);
    const first = open.rows[0]!;
    assert.ok(first.id.endsWith(`:${overdueTaskId}`), 'the overdue task comes first');
    assert.equal(first.badges[0]?.kind, 'overdue');
    assert.match(first.badges[0]?.text ?? '', /^Forfalt \d{2}\.\d{2}\.\d{4}$/);
    assert.equal(first.href, `/bosettinger/${settlementId}`);
    assert.match(first.meta ?? '', /^BOS-\d{4}-\d{3,} · Barnehage$/);
    assert.ok(open.rows.slice(1).every((row) => row.badges[0]?.kind === 'info'), 'the rest are not yet due');
    assert.equal(sections.get('my-tasks')?.rows.length, 0);
    assert.equal(sections.has('upcoming-arrivals'), false, 'coordinator sections are not for a unit member');
  });

  it('should list a task under «Mine oppgaver» once the member has taken it', async () => {
    const taken = await call(DEMO.barnehage, `/api/settlements/${settlementId}/units/barnehage/tasks/${overdueTaskId}`, {
      method: 'POST',
      body: JSON.stringify({ action: 'take' }),
    });
    assert.equal(taken.status, 200, await taken.text());
    const mine = (await overview(DEMO.barnehage)).get('my-tasks')!;
    assert.deepEqual(mine.rows.map((r) => r.id.split(':').at(-1)), [overdueTaskId]);
    assert.ok(mine.rows[0]!.badges.some((b) => b.text === 'Tatt'));
  });

  it('should show a coordinator the coming arrivals, overdue work per unit and units the announcement cannot reach', async () => {
    const sections = await overview(DEMO.coordinator);
    assert.deepEqual(sections.get('upcoming-arrivals')?.rows.map((r) => r.id), [settlementId]);
    const overdue = sections.get('overdue-by-unit')!;
    assert.deepEqual(overdue.rows.map((r) => r.text), ['Barnehage']);
    assert.match(overdue.rows[0]!.badges[0]!.text, /^1 bosetting med forfalte oppgaver$/);
    // No unit is bound to a channel in this harness: the announcement reaches none of them.
    const problems = sections.get('delivery-problems')!;
    assert.deepEqual(problems.rows.map((r) => r.id), [settlementId]);
    assert.match(problems.rows[0]!.badges[0]!.text, /^Mangler kanal: .*Barnehage/);
  });

  it('should show an admin the units without a channel', async () => {
    const sections = await overview(DEMO.admin);
    const units = sections.get('units-without-channel')!;
    assert.ok(units.rows.some((r) => r.text === 'Barnehage'));
    assert.ok(units.rows.every((r) => r.href === undefined && r.badges[0]?.text === 'Ingen kanal'));
  });

  it('should give flows stored before the index fields existed their fields, so they show up', async () => {
    const flow = (await harness.repositories.flows.get(DEMO_TENANT_ID, settlementId, 'nav'))!;
    // As a document written by the previous version: no `index`.
    const { resource } = await harness.storage.containers.core.item(docId('unit-flow', settlementId, 'nav'), DEMO_TENANT_ID).read();
    assert.ok(resource?.index, 'new writes carry the index');
    const { index: _index, ...old } = resource as Record<string, unknown>;
    await harness.storage.containers.core.items.upsert(old);
    assert.deepEqual(await harness.repositories.flows.listOpenForUnits(DEMO_TENANT_ID, ['nav'], 10), []);
    assert.ok((await harness.repositories.flows.indexUnindexedFlows(DEMO_TENANT_ID, 100)) >= 1);
    assert.deepEqual((await harness.repositories.flows.listOpenForUnits(DEMO_TENANT_ID, ['nav'], 10)).map((f) => f.id), [flow.value.id]);
  });
});
