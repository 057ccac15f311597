import { z } from 'zod';
import { userError } from '../../../kernel/domain-error.js';
import { affectedUnitRulesSchema, parseAffectedUnitRules } from '../domain/affected-unit-rules-schema.js';
import { defaultRoutineTemplate } from '../domain/default-routine-templates.js';
import { routineTasksSchema } from '../domain/routine-template-schema.js';
import { currentRules } from '../use-cases/current-rules.js';
import type { SettlementServices } from '../settlement-services.js';
import { defineRoute, type ApiRoute } from '../../../platform/http/api-route.js';
import { signedIn } from '../../../platform/http/signed-in.js';
import { recordIntent } from '../../../kernel/audit/record-intent.js';
import { routineTemplateResponseSchema, routineTemplatesResponseSchema, rulesResponseSchema } from '../../../../../contract/admin.js';

// Request bodies are checked by the domain's schemas (limits, Norwegian messages); whether a rule's
// unit exists is checked again in the handler, against the tenant's units.
const rulesBody = z.object({ rules: affectedUnitRulesSchema() }, { error: 'Forespørselen må være et objekt' });
const tasksBody = z.object({ tasks: routineTasksSchema }, { error: 'Forespørselen må være et objekt' });

/** Admin routes: which units a settlement affects, and each unit's routine template. */
export function routineAdminRoutes(services: SettlementServices): ApiRoute[] {
  const unitList = async (tenantId: string) => (await services.units.list(tenantId)).map((u) => ({ id: u.id, name: u.name }));
  return [
    defineRoute({
      method: 'get',
      path: '/api/affected-unit-rules',
      summary: 'Reglene for hvilke enheter en bosetting berører',
      auth: 'user',
      response: rulesResponseSchema,
      handle: async ({ user }) => {
        const tenantId = signedIn(user).tenantId;
        return { body: { rules: await currentRules(services.rules, tenantId), units: await unitList(tenantId) } };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/affected-unit-rules',
      summary: 'Endre reglene (administrator); gjelder nye og endrede bosettinger',
      auth: 'user',
      roles: ['admin'],
      body: rulesBody,
      response: rulesResponseSchema,
      handle: async ({ user, body }) => {
        const admin = signedIn(user);
        const units = await unitList(admin.tenantId);
        const rules = parseAffectedUnitRules(body.rules, { knownUnitIds: units.map((u) => u.id) });
        const before = await services.rules.get(admin.tenantId);
        // Audited first (fail closed); the operation is this change of the rules as they stood.
        await recordIntent(services, admin, {
          action: 'rules.update',
          resource: 'affected-unit-rules',
          operation: [admin.id, before?.updatedAt ?? 'default', JSON.stringify(rules)],
        });
        const at = services.now().toISOString();
        await services.rules.put({ tenantId: admin.tenantId, rules, updatedBy: admin.id, updatedAt: at });
        return { body: { rules, units } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/routine-templates',
      summary: 'Hver enhets rutinemal (oppgaver, ansvarlig rolle, frist i dager fra ankomst)',
      auth: 'user',
      response: routineTemplatesResponseSchema,
      handle: async ({ user }) => {
        const tenantId = signedIn(user).tenantId;
        const units = await services.units.list(tenantId);
        const templates = await Promise.all(
          units.map(async (unit) => {
            const template = (await services.templates.get(tenantId, unit.id)) ?? defaultRoutineTemplate(tenantId, unit.id);
            return { unitId: unit.id, unitName: unit.name, tasks: template.tasks };
          }),
        );
        return { body: { templates } };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/routine-templates/:unitId',
      summary: 'Endre en enhets rutinemal (administrator); gjelder nye flyter',
      auth: 'user',
      roles: ['admin'],
      body: tasksBody,
      response: routineTemplateResponseSchema,
      handle: async ({ user, params, body }) => {
        const admin = signedIn(user);
        const unit = await services.units.get(admin.tenantId, params.unitId!);
        if (!unit) throw userError('not-found', 'Fant ikke enheten.');
        const tasks = body.tasks;
        const before = await services.templates.get(admin.tenantId, unit.id);
        // Audited first (fail closed); the operation is this change of the template as it stood.
        await recordIntent(services, admin, {
          action: 'routine-template.update',
          resource: `unit:${unit.id}`,
          operation: [admin.id, before?.updatedAt ?? 'default', JSON.stringify(tasks)],
        });
        const template = { tenantId: admin.tenantId, unitId: unit.id, tasks, updatedBy: admin.id, updatedAt: services.now().toISOString() };
        await services.templates.put(template);
        return { body: { template: { unitId: unit.id, unitName: unit.name, tasks: template.tasks } } };
      },
    }),
  ];
}
