import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DEMO_TENANT_ID } from '../../../../bot/src/app/config.js';
import { addDays, osloToday } from '../../../../bot/src/kernel/dates/iso-date.js';
import { toOpenApiPath } from '../../../../bot/src/platform/http/openapi-document.js';
import type { RulesResponse, RoutineTemplatesResponse } from '../../../../contract/admin.js';
import type { SaveSettlementResponse, SettlementResponse } from '../../../../contract/settlement.js';
import { startAppHarness, type AppHarness } from '../../../support/http/app-harness.js';
import { DEMO } from '../../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../../support/settlements/test-household.js';

/**
 * The harness checks every response against its schema in contract/ and answers 500 on a
 * mismatch, so calling each documented route once with a success proves that the handlers and
 * the contract agree, on real data.
 */
describe('API responses against contract/', () => {
  let harness: AppHarness;
  const tokens = new Map<string, string>();
  const called = new Set<string>();
  before(async () => {
    harness = await startAppHarness();
  });
  after(async () => harness.close());

  async function call<T>(userId: string | undefined, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const all: Record<string, string> = body === undefined ? { ...headers } : { ...headers, 'content-type': 'application/json' };
    if (userId !== undefined) {
      if (!tokens.has(userId)) tokens.set(userId, await harness.devToken(userId));
      all.authorization = `Bearer ${tokens.get(userId)}`;
    }
    const response = await fetch(`${harness.baseUrl}${path}`, {
      method,
      headers: all,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    // A file route (the audit CSV) answers text; its schema is the text's.
    const json = (String(response.headers.get('content-type')).startsWith('application/json') ? await response.json() : await response.text()) as T;
    assert.ok(response.status >= 200 && response.status < 300, `${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  }

  /** Calls `template` (an OpenAPI path) with the values filled in, and notes it as covered. */
  async function callRoute<T>(
    userId: string | undefined,
    method: string,
    template: string,
    values: Record<string, string>,
    body?: unknown,
  ) {
    called.add(`${method} ${template}`);
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? `missing-${name}`));
    const headers: Record<string, string> = method === 'POST' && template === '/api/settlements' ? { 'idempotency-key': randomUUID() } : {};
    return call<T>(userId, method, path, body, headers);
  }

  it('should answer every documented route with a body its schema accepts', async () => {
    // A bound unit, so the bindings, the shell card and a redelivery have something to show.
    const boundAt = new Date().toISOString();
    await harness.repositories.bindings.put({
      tenantId: DEMO_TENANT_ID,
      unitId: 'barnehage',
      conversationId: '19:barnehage@thread.tacv2',
      channelName: 'Barnehage',
      teamName: 'Demo kommune',
      boundBy: DEMO.admin,
      boundAt,
    });
    await callRoute(undefined, 'GET', '/api/session-config', {});
    await callRoute(undefined, 'GET', '/api/dev/users', {});
    await callRoute(undefined, 'POST', '/api/dev/token', {}, { userId: DEMO.admin });
    await callRoute(DEMO.barnehage, 'GET', '/api/me', {});
    await callRoute(DEMO.admin, 'GET', '/api/units', {});
    await callRoute(DEMO.admin, 'GET', '/api/channel-bindings', {});
    await callRoute(DEMO.admin, 'GET', '/api/shell-card', {});

    const rules = await callRoute<RulesResponse>(DEMO.admin, 'GET', '/api/affected-unit-rules', {});
    await callRoute(DEMO.admin, 'PUT', '/api/affected-unit-rules', {}, { rules: rules.rules });
    await callRoute(DEMO.admin, 'GET', '/api/admin/privacy', {});
    await callRoute(DEMO.admin, 'PUT', '/api/admin/privacy', {}, { minHouseholdForCounts: 3 });
    const { templates } = await callRoute<RoutineTemplatesResponse>(DEMO.admin, 'GET', '/api/routine-templates', {});
    const barnehageRoutine = templates.find((t) => t.unitId === 'barnehage')!;
    await callRoute(DEMO.admin, 'PUT', '/api/routine-templates/{unitId}', { unitId: 'barnehage' }, { tasks: barnehageRoutine.tasks });

    const registration = testRegistration(addDays(osloToday(), 14));
    const saved = await callRoute<SaveSettlementResponse>(DEMO.coordinator, 'POST', '/api/settlements', {}, registration);
    const ids = { settlementId: saved.settlement.id, unitId: 'barnehage' };
    await callRoute(DEMO.coordinator, 'GET', '/api/settlements', {});
    const one = await callRoute<SettlementResponse>(DEMO.barnehage, 'GET', '/api/settlements/{settlementId}', ids);
    const taskId = one.settlement.units.find((u) => u.unitId === 'barnehage')!.flow!.tasks![0]!.taskId;
    const task = { ...ids, taskId };
    await callRoute(DEMO.barnehage, 'POST', '/api/settlements/{settlementId}/units/{unitId}/tasks/{taskId}', task, { action: 'take' });
    await call(DEMO.barnehage, 'POST', `/api/settlements/${ids.settlementId}/units/barnehage/tasks/${taskId}`, {
      action: 'comment',
      text: 'Ok',
    });
    await callRoute(DEMO.barnehage, 'GET', '/api/settlements/{settlementId}/persons?unitId=barnehage', ids);
    await callRoute(DEMO.coordinator, 'GET', '/api/settlements/{settlementId}/registration', ids);
    await callRoute(DEMO.coordinator, 'PUT', '/api/settlements/{settlementId}', ids, { expectedVersion: 1, registration });
    await callRoute(DEMO.coordinator, 'POST', '/api/settlements/{settlementId}/units/{unitId}/redeliver', ids);
    await callRoute(DEMO.admin, 'GET', '/api/audit', {});
    await callRoute(DEMO.admin, 'GET', '/api/audit/export', {});
    await callRoute(DEMO.coordinator, 'GET', '/api/overview', {});
    await callRoute(DEMO.barnehage, 'GET', '/api/overview', {});
    await callRoute(DEMO.coordinator, 'POST', '/api/settlements/{settlementId}/cancel', ids, { expectedVersion: 2 });

    const document = (await (await fetch(`${harness.baseUrl}/api/openapi.json`)).json()) as { paths: Record<string, object> };
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = [...called].map((key) => toOpenApiPath(key.replace(/\?.*$/, '')));
    assert.deepEqual(documented.filter((route) => !covered.includes(route)).sort(), []);
    assert.equal(harness.logger.lines.filter((line) => line.includes('ResponseContractError')).length, 0);
  });
});
