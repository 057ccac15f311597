import assert from 'node:assert/strict';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { DEFAULT_AFFECTED_UNIT_RULES } from '../../../../../bot/src/features/settlement/domain/affected-unit-rules.js';
import { defaultRoutineTemplate } from '../../../../../bot/src/features/settlement/domain/default-routine-templates.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { startAppHarness, type AppHarness } from '../../../../support/http/app-harness.js';
import { DEMO } from '../../../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../../../support/settlements/test-household.js';
import { randomUUID } from 'node:crypto';
import sinon from 'sinon';

/** Parsed JSON, as untyped as `JSON.parse` gives it. */
type Json = ReturnType<typeof JSON.parse>;

const ARRIVAL = addDays(osloToday(), 14);

/** Starts a harness per suite and returns a caller that signs in as a demo user. */
function useApi(): {
  harness: () => AppHarness;
  call: (
    userId: string,
    method: string,
    path: string,
    body?: unknown,
    extraHeaders?: Record<string, string>,
  ) => Promise<{ status: number; body: Json }>;
} {
  let harness: AppHarness | undefined;
  const tokens = new Map<string, string>();
  before(async () => {
    harness = await startAppHarness();
  });
  after(async () => harness?.close());
  const current = () => harness ?? assert.fail('the harness exists only inside the suite');
  const call = async (userId: string, method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}) => {
    if (!tokens.has(userId)) tokens.set(userId, await current().devToken(userId));
    const headers: Record<string, string> = { ...extraHeaders, authorization: `Bearer ${tokens.get(userId)}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${current().baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  return { harness: current, call };
}

describe('affected-unit rules API', () => {
  const { harness, call } = useApi();
  const narrowRules = [
    { unitId: 'bosetting', appliesTo: 'everyone' },
    { unitId: 'nav', appliesTo: { role: 'adult' } },
  ];

  it('should show the default rules and the units to any signed-in user when no admin edited them', async () => {
    const { status, body } = await call(DEMO.barnehage, 'GET', '/api/affected-unit-rules');
    assert.equal(status, 200);
    assert.deepEqual(body.rules, DEFAULT_AFFECTED_UNIT_RULES);
    assert.deepEqual(body.units.map((u: { id: string }) => u.id).sort(), [
      'barnehage',
      'bosetting',
      'grunnskole',
      'helsetjeneste',
      'nav',
      'voi',
    ]);
  });

  it('should answer 403 and keep the rules when a coordinator or unit member changes them', async () => {
    for (const userId of [DEMO.coordinator, DEMO.barnehage]) {
      const { status } = await call(userId, 'PUT', '/api/affected-unit-rules', { rules: narrowRules });
      assert.equal(status, 403, userId);
    }
    assert.equal(await harness().repositories.rules.get(DEMO_TENANT_ID), undefined);
  });

  it('should answer 400 in Norwegian and keep the rules when a rule names an unknown unit', async () => {
    const { status, body } = await call(DEMO.admin, 'PUT', '/api/affected-unit-rules', {
      rules: [{ unitId: 'tannhelse', appliesTo: 'everyone' }],
    });
    assert.equal(status, 400);
    assert.equal(body.error.code, 'invalid-input');
    assert.match(body.error.message, /Enheten finnes ikke/);
    assert.equal(await harness().repositories.rules.get(DEMO_TENANT_ID), undefined);
  });

  it('should answer 503 in Norwegian and keep the rules when the audit write fails', async () => {
    const append = sinon.stub(harness().repositories.audit, 'append').rejects(new Error('audit down'));
    try {
      const { status, body } = await call(DEMO.admin, 'PUT', '/api/affected-unit-rules', { rules: narrowRules });
      assert.equal(status, 503);
      assert.equal(body.error.code, 'audit-failed');
      assert.match(body.error.message, /ingenting er vist eller endret/);
    } finally {
      append.restore();
    }
    assert.equal(await harness().repositories.rules.get(DEMO_TENANT_ID), undefined);
  });

  it('should store an admin’s rules and apply them to a new settlement but not to an earlier one', async () => {
    const earlier = await call(DEMO.coordinator, 'POST', '/api/settlements', testRegistration(ARRIVAL), {
      'idempotency-key': randomUUID(),
    });
    assert.equal(earlier.status, 201);
    const saved = await call(DEMO.admin, 'PUT', '/api/affected-unit-rules', { rules: narrowRules });
    assert.equal(saved.status, 200);
    assert.deepEqual(saved.body.rules, narrowRules);
    assert.deepEqual((await call(DEMO.barnehage, 'GET', '/api/affected-unit-rules')).body.rules, narrowRules);
    assert.equal((await harness().repositories.rules.get(DEMO_TENANT_ID))?.updatedBy, DEMO.admin);
    const created = await call(DEMO.coordinator, 'POST', '/api/settlements', testRegistration(ARRIVAL), {
      'idempotency-key': randomUUID(),
    });
    assert.equal(created.status, 201);
    const stored = await harness().repositories.settlements.get(DEMO_TENANT_ID, created.body.settlement.id);
    assert.deepEqual(stored?.value.affectedUnitIds, ['bosetting', 'nav']);
    assert.equal(created.body.warnings.length, 2);
    const flows = await harness().repositories.flows.listForSettlement(DEMO_TENANT_ID, created.body.settlement.id);
    assert.deepEqual(
      flows.map((f) => f.unitId),
      ['bosetting', 'nav'],
    );
    const before = await harness().repositories.settlements.get(DEMO_TENANT_ID, earlier.body.settlement.id);
    assert.equal(before?.value.affectedUnitIds.length, 6);
  });
});

describe('routine templates API', () => {
  const { harness, call } = useApi();
  const editedTasks = [
    { id: 'plass-avklart', title: 'Plass avklart', description: 'Barnehageplass er tildelt.', ownerRole: 'Styrer', dueOffsetDays: 3 },
    {
      id: 'foreldremote',
      title: 'Foreldremøte',
      description: 'Første møte med foresatte og tolk.',
      ownerRole: 'Pedagogisk leder',
      dueOffsetDays: 10,
    },
  ];

  it('should show each unit’s built-in routine when no admin edited it', async () => {
    const { status, body } = await call(DEMO.barnehage, 'GET', '/api/routine-templates');
    assert.equal(status, 200);
    assert.equal(body.templates.length, 6);
    const barnehage = body.templates.find((t: { unitId: string }) => t.unitId === 'barnehage');
    assert.deepEqual(barnehage.tasks, defaultRoutineTemplate(DEMO_TENANT_ID, 'barnehage').tasks);
  });

  it('should answer 403 and keep the routine when a coordinator or unit member edits it', async () => {
    for (const userId of [DEMO.coordinator, DEMO.barnehage]) {
      assert.equal((await call(userId, 'PUT', '/api/routine-templates/barnehage', { tasks: editedTasks })).status, 403, userId);
    }
    assert.equal(await harness().repositories.templates.get(DEMO_TENANT_ID, 'barnehage'), undefined);
  });

  const badLists: [string, unknown, RegExp][] = [
    ['the list is empty', [], /Rutinen må ha minst én oppgave/],
    ['two tasks share an id', [editedTasks[0], { ...editedTasks[1], id: 'plass-avklart' }], /Oppgave-ID må være unik i rutinen/],
    ['a due offset is too late', [{ ...editedTasks[0], dueOffsetDays: 1000 }], /Frist kan være høyst 730 dager etter ankomst/],
    ['a title is missing', [{ ...editedTasks[0], title: ' ' }], /Tittel må fylles ut/],
    ['the tasks are not a list', 'oppgaver', /^Oppgavene må være en liste$/],
  ];
  for (const [what, tasks, message] of badLists) {
    it(`should answer 400 in Norwegian and keep the routine when ${what}`, async () => {
      const { status, body } = await call(DEMO.admin, 'PUT', '/api/routine-templates/barnehage', { tasks });
      assert.equal(status, 400);
      assert.equal(body.error.code, 'invalid-input');
      assert.match(body.error.message, message);
      assert.equal(await harness().repositories.templates.get(DEMO_TENANT_ID, 'barnehage'), undefined);
    });
  }

  it('should answer 404 when the unit does not exist', async () => {
    const { status } = await call(DEMO.admin, 'PUT', '/api/routine-templates/tannhelse', { tasks: editedTasks });
    assert.equal(status, 404);
    assert.equal(await harness().repositories.templates.get(DEMO_TENANT_ID, 'tannhelse'), undefined);
  });

  it('should answer 503 in Norwegian and keep the routine when the audit write fails', async () => {
    const append = sinon.stub(harness().repositories.audit, 'append').rejects(new Error('audit down'));
    try {
      const { status, body } = await call(DEMO.admin, 'PUT', '/api/routine-templates/barnehage', { tasks: editedTasks });
      assert.equal(status, 503);
      assert.equal(body.error.code, 'audit-failed');
      assert.match(body.error.message, /ingenting er vist eller endret/);
    } finally {
      append.restore();
    }
    assert.equal(await harness().repositories.templates.get(DEMO_TENANT_ID, 'barnehage'), undefined);
  });

  it('should start a new settlement’s flow from the edited routine and leave an earlier flow as it was', async () => {
    const earlier = await call(DEMO.coordinator, 'POST', '/api/settlements', testRegistration(ARRIVAL), {
      'idempotency-key': randomUUID(),
    });
    const saved = await call(DEMO.admin, 'PUT', '/api/routine-templates/barnehage', { tasks: editedTasks });
    assert.equal(saved.status, 200);
    assert.deepEqual(saved.body.template, { unitId: 'barnehage', unitName: 'Barnehage', tasks: editedTasks });
    const listed = (await call(DEMO.admin, 'GET', '/api/routine-templates')).body.templates;
    assert.deepEqual(listed.find((t: { unitId: string }) => t.unitId === 'barnehage').tasks, editedTasks);
    const created = await call(DEMO.coordinator, 'POST', '/api/settlements', testRegistration(ARRIVAL), {
      'idempotency-key': randomUUID(),
    });
    assert.equal(created.status, 201);
    const flow = await harness().repositories.flows.get(DEMO_TENANT_ID, created.body.settlement.id, 'barnehage');
    assert.deepEqual(
      flow?.value.tasks.map((t) => [t.taskId, t.title, t.dueDate]),
      editedTasks.map((t) => [t.id, t.title, addDays(ARRIVAL, t.dueOffsetDays)]),
    );
    const nav = await harness().repositories.flows.get(DEMO_TENANT_ID, created.body.settlement.id, 'nav');
    assert.deepEqual(
      nav?.value.tasks.map((t) => t.taskId),
      defaultRoutineTemplate(DEMO_TENANT_ID, 'nav').tasks.map((t) => t.id),
    );
    const old = await harness().repositories.flows.get(DEMO_TENANT_ID, earlier.body.settlement.id, 'barnehage');
    assert.deepEqual(
      old?.value.tasks.map((t) => t.taskId),
      defaultRoutineTemplate(DEMO_TENANT_ID, 'barnehage').tasks.map((t) => t.id),
    );
  });

  it('should audit every change of a routine, also one back to an earlier version', async () => {
    const changes = [editedTasks.slice(0, 1), editedTasks, editedTasks.slice(0, 1)];
    for (const tasks of changes) assert.equal((await call(DEMO.admin, 'PUT', '/api/routine-templates/voi', { tasks })).status, 200);
    const entries = (await harness().repositories.audit.list(DEMO_TENANT_ID, { limit: 500 })).filter(
      (e) => e.action === 'routine-template.update' && e.resource === 'unit:voi',
    );
    assert.equal(entries.length, changes.length);
  });
});
