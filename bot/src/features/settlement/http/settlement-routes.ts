import { z } from 'zod';
import type { Settlement } from '../domain/settlement.js';
import { AGE_BAND_LABELS, ageBandAt } from '../domain/age-band.js';
import { MEMBER_ROLE_LABELS } from '../domain/household-member.js';
import { NO_NEEDS } from '../domain/member-needs.js';
import { settlementRegistrationFieldsSchema } from '../domain/settlement-registration-schema.js';
import { userError } from '../../../kernel/domain-error.js';
import { cancelSettlementUseCase } from '../use-cases/cancel-settlement-use-case.js';
import { editSettlementUseCase } from '../use-cases/edit-settlement-use-case.js';
import { loadSettlement } from '../use-cases/load-settlement.js';
import { openSecureZone } from '../use-cases/open-secure-zone.js';
import { readRegistration } from '../use-cases/read-registration.js';
import { redeliverToUnit } from '../use-cases/redeliver-to-unit.js';
import { registerSettlement } from '../use-cases/register-settlement.js';
import { settlementViews, visibleTo } from '../use-cases/settlement-view.js';
import { decodeSettlementListToken, encodeSettlementListToken } from './settlement-list-token.js';
import { parseSettlementListFilters } from './settlement-list-filters.js';
import { seesAllSettlements, unitsOf } from '../../../kernel/users/require-role.js';
import { applyTaskAction, taskActionSchema } from '../use-cases/task-action.js';
import type { SettlementServices } from '../settlement-services.js';
import { defineRoute, type ApiRoute } from '../../../platform/http/api-route.js';
import { signedIn } from '../../../platform/http/signed-in.js';
import { parseInput } from '../../../kernel/validation.js';
import { IDEMPOTENCY_KEY_HEADER, idempotencyKeyOf } from '../../../platform/http/idempotency-key.js';
import {
  redeliverResponseSchema,
  registrationResponseSchema,
  saveSettlementResponseSchema,
  securePersonsResponseSchema,
  settlementListResponseSchema,
  settlementResponseSchema,
} from '../../../../../contract/settlement.js';

// Request bodies are checked by the server's own schemas (limits, Norwegian messages); their wire
// shapes are in contract/settlement.ts, and tests/contract proves the two agree.
const versionBody = z.object(
  {
    expectedVersion: z
      .int({ error: (issue) => (issue.input === undefined ? 'Versjonsnummeret må fylles ut' : 'Versjonsnummeret må være et helt tall') })
      .min(1, { error: 'Versjonsnummeret må være minst 1' }),
  },
  { error: 'Forespørselen må være et objekt' },
);
/** Settlements per page of the list unless the tab asks for another size. */
const DEFAULT_PAGE_SIZE = 25;
const pageSizeQuery = z
  .string({ error: 'limit må være et helt tall fra 1 til 100' })
  .regex(/^\d{1,3}$/, { error: 'limit må være et helt tall fra 1 til 100' })
  .transform(Number)
  .pipe(z.int().min(1, { error: 'limit må være minst 1' }).max(100, { error: 'limit kan være høyst 100' }));
const unitIdQuery = z
  .string({ error: 'Enhets-id-en mangler eller er ugyldig' })
  .regex(/^[a-z0-9-]{1,40}$/, { error: 'Enhets-id-en mangler eller er ugyldig' });

/** Settlement routes of the tab: list, register, edit, cancel, secure zone and task actions. */
export function settlementRoutes(services: SettlementServices): ApiRoute[] {
  const viewOf = async (user: Parameters<typeof visibleTo>[0], settlement: Settlement) => {
    if (visibleTo(user, [settlement]).length === 0) throw userError('forbidden', 'Bosettingen gjelder ingen av enhetene dine.');
    return (await settlementViews(services, user, [settlement], true))[0]!;
  };
  const viewOne = async (user: Parameters<typeof visibleTo>[0], settlementId: string) =>
    viewOf(user, (await loadSettlement(services, user.tenantId, settlementId)).value);
  return [
    defineRoute({
      method: 'get',
      path: '/api/settlements',
      summary:
        'Bosettinger (uten navn) med enhetenes levering og fremdrift, nyeste ankomst først, én side om gangen: ' +
        '`limit` (1–100, 25 om ikke oppgitt) og `continuationToken` fra forrige side; svaret har `continuationToken` når flere følger. ' +
        'Filtre: `status` (open | cancelled), `unitId` (bare bosettinger som berører enheten, innenfor det brukeren ser), ' +
        '`arrivalMonth` (åååå-MM) og `q` (referanse: BOS-2026-014, bos-2026-14 eller 2026-14, eksakt treff). ' +
        'En `continuationToken` gjelder bare med de samme filtrene',
      auth: 'user',
      response: settlementListResponseSchema,
      handle: async ({ user, query }) => {
        const viewer = signedIn(user);
        const limit = parseInput(pageSizeQuery, query.limit ?? String(DEFAULT_PAGE_SIZE));
        const filters = parseSettlementListFilters(query);
        const after = query.continuationToken === undefined ? undefined : decodeSettlementListToken(query.continuationToken, filters);
        const page = await services.settlements.listPage(viewer.tenantId, {
          limit,
          ...filters,
          ...(after ? { after } : {}),
          // A unit filter narrows what the viewer may see; a unit that is not theirs gives an empty list.
          ...(seesAllSettlements(viewer) ? {} : { affectingAnyOf: unitsOf(viewer) }),
        });
        return {
          body: {
            settlements: await settlementViews(services, viewer, page.settlements, false),
            ...(page.next ? { continuationToken: encodeSettlementListToken(page.next, filters) } : {}),
          },
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/settlements',
      summary:
        'Registrer en ny bosetting (bosettingskoordinator); navn lagres bare i personopplysningsbeholderen. ' +
        'Headeren Idempotency-Key (UUID) er påkrevd: et nytt forsøk med samme nøkkel og samme innhold gir samme bosetting ' +
        '(201 første gang, 200 siden), samme nøkkel med annet innhold gir 409',
      auth: 'user',
      roles: ['coordinator', 'admin'],
      headers: [IDEMPOTENCY_KEY_HEADER],
      body: settlementRegistrationFieldsSchema,
      successStatuses: [201, 200],
      response: saveSettlementResponseSchema,
      handle: async ({ user, body, headers }) => {
        const idempotencyKey = idempotencyKeyOf(headers);
        const { settlement, warnings, created } = await registerSettlement(services, signedIn(user), body, { idempotencyKey });
        // The settlement just registered (or found by a retry), not read again.
        return { status: created ? 201 : 200, body: { settlement: await viewOf(signedIn(user), settlement), warnings } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/settlements/:settlementId',
      summary: 'Én bosetting (uten navn) med enhetenes oppgaver',
      auth: 'user',
      response: settlementResponseSchema,
      handle: async ({ user, params }) => ({ body: { settlement: await viewOne(signedIn(user), params.settlementId!) } }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/settlements/:settlementId/registration',
      summary: 'Hele registreringen med navn, til koordinatorens endringsskjema (logges)',
      auth: 'user',
      roles: ['coordinator', 'admin'],
      response: registrationResponseSchema,
      handle: async ({ user, params }) => ({ body: await readRegistration(services, signedIn(user), params.settlementId!) }),
    }),
    defineRoute({
      method: 'put',
      path: '/api/settlements/:settlementId',
      summary: 'Endre en bosetting; enhetene varsles',
      auth: 'user',
      roles: ['coordinator', 'admin'],
      body: versionBody.extend({ registration: settlementRegistrationFieldsSchema }),
      response: saveSettlementResponseSchema,
      handle: async ({ user, params, body }) => {
        const input = { settlementId: params.settlementId!, registration: body.registration, expectedVersion: body.expectedVersion };
        const { warnings } = await editSettlementUseCase(services, signedIn(user), input);
        return { body: { settlement: await viewOne(signedIn(user), params.settlementId!), warnings } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/settlements/:settlementId/cancel',
      summary: 'Avlys en bosetting; enhetene varsles og flytene avsluttes',
      auth: 'user',
      roles: ['coordinator', 'admin'],
      body: versionBody,
      response: settlementResponseSchema,
      handle: async ({ user, params, body }) => {
        await cancelSettlementUseCase(services, signedIn(user), {
          settlementId: params.settlementId!,
          expectedVersion: body.expectedVersion,
        });
        return { body: { settlement: await viewOne(signedIn(user), params.settlementId!) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/settlements/:settlementId/units/:unitId/redeliver',
      summary: 'Send enhetens kunngjøring på nytt etter feilet levering eller sen kanalkobling (koordinator)',
      auth: 'user',
      roles: ['coordinator', 'admin'],
      response: redeliverResponseSchema,
      handle: async ({ user, params }) => {
        const requeued = await redeliverToUnit(services, signedIn(user), { settlementId: params.settlementId!, unitId: params.unitId! });
        return { body: { requeued, settlement: await viewOne(signedIn(user), params.settlementId!) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/settlements/:settlementId/persons',
      summary: 'Sikker sone: personene som er relevante for enheten (?unitId=); hver åpning logges før noe vises',
      auth: 'user',
      response: securePersonsResponseSchema,
      handle: async ({ user, params, query }) => {
        const unitId = parseInput(unitIdQuery, query.unitId ?? '');
        const zone = await openSecureZone(services, signedIn(user), { settlementId: params.settlementId!, unitId });
        const names = new Map(zone.persons.map((p) => [p.personId, p.fullName]));
        const members = new Map(zone.settlement.members.map((m) => [m.personId, m]));
        const persons = zone.persons.map((p) => ({
          personId: p.personId,
          fullName: p.fullName,
          birthDate: p.birthDate,
          roleLabel: MEMBER_ROLE_LABELS[p.role],
          ageBandLabel: AGE_BAND_LABELS[ageBandAt(p.birthDate, zone.settlement.arrivalDate)],
          guardianNames: p.guardianIds.map((id) => names.get(id)).filter((n): n is string => !!n),
          needs: members.get(p.personId)?.needs ?? NO_NEEDS,
        }));
        return { body: { unitId: zone.unitId, persons, auditedAt: zone.auditedAt } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/settlements/:settlementId/units/:unitId/tasks/:taskId',
      summary: 'Ta, fullfør, gjenåpne eller kommenter en oppgave i enhetens rutineflyt',
      auth: 'user',
      body: taskActionSchema.pick({ action: true, text: true }),
      response: settlementResponseSchema,
      handle: async ({ user, params, body }) => {
        const input = parseInput(taskActionSchema, {
          ...body,
          settlementId: params.settlementId,
          unitId: params.unitId,
          taskId: params.taskId,
        });
        await applyTaskAction(services, signedIn(user), input);
        return { body: { settlement: await viewOne(signedIn(user), params.settlementId!) } };
      },
    }),
  ];
}
