import { z } from 'zod';
import { userError } from '../../../kernel/domain-error.js';
import { recordIntent } from '../../../kernel/audit/record-intent.js';
import { tenantPrivacy, type TenantPrivacy } from '../../../kernel/tenants/tenant.js';
import { defineRoute, type ApiRoute } from '../../../platform/http/api-route.js';
import { signedIn } from '../../../platform/http/signed-in.js';
import type { SettlementServices } from '../settlement-services.js';
import { privacySettingsSchema } from '../../../../../contract/privacy.js';

const privacyBody = z.object(
  {
    minHouseholdForCounts: z.union([z.literal(1), z.literal(3), z.literal(5), z.literal('never')], {
      error: 'Antall per behov må være 1, 3, 5 eller «never» (aldri antall).',
    }),
  },
  { error: 'Forespørselen må være et objekt' },
);

/** What {@link privacyRoutes} uses: the tenant (cached), the audit log and a clock. */
export type PrivacyRoutesDeps = Pick<SettlementServices, 'tenants' | 'audit' | 'now'>;

const view = (privacy: TenantPrivacy) => ({
  minHouseholdForCounts: privacy.minHouseholdForCounts,
  ...(privacy.updatedAt === undefined ? {} : { updatedAt: privacy.updatedAt }),
});

/** Admin routes for the tenant's privacy settings: from which household size need counts are numbers. */
export function privacyRoutes(services: PrivacyRoutesDeps): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/admin/privacy',
      summary: 'Personverninnstillinger: fra hvilken husstandsstørrelse antall per behov vises (administrator)',
      auth: 'user',
      roles: ['admin'],
      response: privacySettingsSchema,
      handle: async ({ user }) => {
        const tenant = await services.tenants.get(signedIn(user).tenantId);
        return { body: view(tenantPrivacy(tenant)) };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/admin/privacy',
      summary: 'Endre personverninnstillingene (administrator); gjelder kort og fanen straks',
      auth: 'user',
      roles: ['admin'],
      body: privacyBody,
      response: privacySettingsSchema,
      handle: async ({ user, body }) => {
        const admin = signedIn(user);
        const before = await services.tenants.get(admin.tenantId);
        if (!before) throw userError('not-found', 'Fant ikke kommunen.');
        // Audited first (fail closed); the operation is this change of the settings as they stood.
        await recordIntent(services, admin, {
          action: 'privacy.update',
          resource: 'tenant-privacy',
          operation: [admin.id, before.privacy?.updatedAt ?? 'default', String(body.minHouseholdForCounts)],
          details: { minHouseholdForCounts: String(body.minHouseholdForCounts) },
        });
        const privacy = { minHouseholdForCounts: body.minHouseholdForCounts, updatedBy: admin.id, updatedAt: services.now().toISOString() };
        const saved = await services.tenants.setPrivacy(admin.tenantId, privacy);
        return { body: view(tenantPrivacy(saved)) };
      },
    }),
  ];
}
