import { z } from 'zod';
import { DomainError } from '../../domain/domain-error.js';
import { parseAffectedUnitRules } from '../../domain/settlement/affected-unit-rules-schema.js';
import { defaultRoutineTemplate } from '../../domain/settlement/default-routine-templates.js';
import { parseRoutineTasks } from '../../domain/settlement/routine-template-schema.js';
import { currentRules } from '../../settlements/current-rules.js';
import { recordIntent } from '../../settlements/record-intent.js';
import type { ApiDependencies } from '../api-dependencies.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import { signedIn } from './signed-in.js';

const anyJson = z.record(z.string(), z.unknown());

/** Admin routes: which units a settlement affects, and each unit's routine template. */
export function routineAdminRoutes(deps: ApiDependencies): ApiRoute[] {
  const services = deps.settlementServices;
  const unitList = async (tenantId: string) => (await services.units.list(tenantId)).map((u) => ({ id: u.id, name: u.name }));
  return [
    defineRoute({
      method: 'get',
      path: '/api/affected-unit-rules',
      summary: 'Reglene for hvilke enheter en bosetting berører',
      auth: 'user',
      response: z.object({ rules: z.array(anyJson), units: z.array(anyJson) }),
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
      body: z.object({ rules: z.array(anyJson).max(100) }),
      response: z.object({ rules: z.array(anyJson), units: z.array(anyJson) }),
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
      response: z.object({ templates: z.array(anyJson) }),
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
      body: z.object({ tasks: z.array(anyJson).max(50) }),
      response: z.object({ template: anyJson }),
      handle: async ({ user, params, body }) => {
        const admin = signedIn(user);
        const unit = await services.units.get(admin.tenantId, params.unitId!);
        if (!unit) throw new DomainError('not-found', 'Fant ikke enheten.');
        const tasks = parseRoutineTasks(body.tasks);
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
