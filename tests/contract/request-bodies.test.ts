import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { affectedUnitRulesSchema } from '../../bot/src/features/settlement/domain/affected-unit-rules-schema.js';
import { routineTasksSchema } from '../../bot/src/features/settlement/domain/routine-template-schema.js';
import { settlementRegistrationFieldsSchema } from '../../bot/src/features/settlement/domain/settlement-registration-schema.js';
import { routineAdminRoutes } from '../../bot/src/features/settlement/http/routine-admin-routes.js';
import { settlementRoutes } from '../../bot/src/features/settlement/http/settlement-routes.js';
import type { SettlementServices } from '../../bot/src/features/settlement/settlement-services.js';
import { taskActionSchema } from '../../bot/src/features/settlement/use-cases/task-action.js';
import type { ApiDependencies } from '../../bot/src/platform/http/api-dependencies.js';
import type { ApiRoute } from '../../bot/src/platform/http/api-route.js';
import type { DevTokenIssuer } from '../../bot/src/platform/http/auth/dev-token-issuer.js';
import { devSignInRoutes } from '../../bot/src/platform/http/routes/dev-sign-in-routes.js';
import { addDays, osloToday } from '../../bot/src/kernel/dates/iso-date.js';
import { rulesRequestSchema, routineTasksRequestSchema, type AffectedUnitRule, type RoutineTask } from '../../contract/admin.js';
import { registrationSchema, type Registration } from '../../contract/registration.js';
import { devTokenRequestSchema, type DevTokenRequest } from '../../contract/session.js';
import {
  cancelSettlementRequestSchema,
  editSettlementRequestSchema,
  taskActionRequestSchema,
  type TaskActionRequest,
} from '../../contract/settlement.js';

/** `true` when every `From` is a `To`; assigning `true` to it fails to compile otherwise. */
type Assignable<From, To> = [From] extends [To] ? true : false;

// What the tab sends (typed by contract/) is what the server's schemas take, and what they make of it is the contract again.
const registrationIn: Assignable<Registration, z.input<typeof settlementRegistrationFieldsSchema>> = true;
const registrationOut: Assignable<z.output<typeof settlementRegistrationFieldsSchema>, Registration> = true;
const rulesIn: Assignable<AffectedUnitRule[], z.input<ReturnType<typeof affectedUnitRulesSchema>>> = true;
const rulesOut: Assignable<z.output<ReturnType<typeof affectedUnitRulesSchema>>, AffectedUnitRule[]> = true;
const tasksIn: Assignable<RoutineTask[], z.input<typeof routineTasksSchema>> = true;
const tasksOut: Assignable<z.output<typeof routineTasksSchema>, RoutineTask[]> = true;
type TaskActionBody = ReturnType<typeof taskActionSchema.pick<{ action: true; text: true }>>;
const taskActionIn: Assignable<TaskActionRequest, z.input<TaskActionBody>> = true;
const taskActionOut: Assignable<z.output<TaskActionBody>, TaskActionRequest> = true;
const devTokenIn: Assignable<DevTokenRequest, { userId: string }> = true;

/** The server's routes that take a body; their handlers never run here, so the dependencies are empty. */
function bodyRoutes(): Map<string, ApiRoute> {
  const devSignIn = { tenantId: 'demo', issuer: {} as DevTokenIssuer };
  const routes = [
    ...settlementRoutes({} as SettlementServices),
    ...routineAdminRoutes({} as SettlementServices),
    ...devSignInRoutes({ devSignIn } as ApiDependencies),
  ];
  return new Map(routes.filter((route) => route.body).map((route) => [`${route.method.toUpperCase()} ${route.path}`, route]));
}

const registration: Registration = {
  expectedArrivalDate: addDays(osloToday(), 14),
  addressArea: 'Sentrum',
  members: [
    {
      personId: randomUUID(),
      fullName: 'Amina Testesen Haddad',
      birthDate: '1990-03-04',
      role: 'adult',
      guardianIds: [],
      needs: { healthFollowUp: true, adaptedHousing: false, specialSupport: false, interpreterLanguage: 'arabisk' },
    },
  ],
};

/** A request body the tab could send to each route, with the contract schema that describes it. */
const EXAMPLES: Readonly<Record<string, { readonly body: unknown; readonly contract: z.ZodType }>> = {
  'POST /api/settlements': { body: registration, contract: registrationSchema },
  'PUT /api/settlements/:settlementId': { body: { expectedVersion: 2, registration }, contract: editSettlementRequestSchema },
  'POST /api/settlements/:settlementId/cancel': { body: { expectedVersion: 1 }, contract: cancelSettlementRequestSchema },
  'POST /api/settlements/:settlementId/units/:unitId/tasks/:taskId': {
    body: { action: 'comment', text: 'Avtalt møte' },
    contract: taskActionRequestSchema,
  },
  'PUT /api/affected-unit-rules': {
    body: { rules: [{ unitId: 'barnehage', appliesTo: { role: 'child', minAge: 1, maxAge: 5 }, includeGuardians: true }] },
    contract: rulesRequestSchema,
  },
  'PUT /api/routine-templates/:unitId': {
    body: { tasks: [{ id: 'plass-avklart', title: 'Plass avklart', description: '', ownerRole: 'Styrer', dueOffsetDays: 3 }] },
    contract: routineTasksRequestSchema,
  },
  'POST /api/dev/token': { body: { userId: 'u1' }, contract: devTokenRequestSchema },
};

describe('request bodies (contract/ and the server)', () => {
  it('should agree on the request types when compiled', () => {
    const agreements = [registrationIn, registrationOut, rulesIn, rulesOut, tasksIn, tasksOut, taskActionIn, taskActionOut, devTokenIn];
    assert.ok(agreements.every(Boolean));
  });

  it('should have an example for every route that takes a body', () => {
    assert.deepEqual([...bodyRoutes().keys()].sort(), Object.keys(EXAMPLES).sort());
  });

  for (const [key, example] of Object.entries(EXAMPLES)) {
    it(`should accept a body of the contract's shape and give one back when ${key} parses it`, () => {
      assert.equal(example.contract.safeParse(example.body).success, true, 'the example is not of the contract shape');
      const parsed = bodyRoutes().get(key)!.body!.safeParse(example.body);
      assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
      assert.equal(example.contract.safeParse(parsed.data).success, true, 'the server made something else of it');
    });
  }
});
