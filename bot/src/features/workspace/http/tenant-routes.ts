import { renderShellCard } from '../cards/render-shell-card.js';
import type { WorkspaceDependencies } from '../workspace-dependencies.js';
import { defineRoute, type ApiRoute } from '../../../platform/http/api-route.js';
import { signedIn } from '../../../platform/http/signed-in.js';
import { cardResponseSchema, channelBindingsResponseSchema, unitsResponseSchema } from '../../../../../contract/workspace.js';

/** Routes about the signed-in user's municipality: units, channel bindings and the tab's start card. */
export function tenantRoutes(deps: WorkspaceDependencies): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/units',
      summary: 'Kommunens enheter',
      auth: 'user',
      response: unitsResponseSchema,
      handle: async ({ user }) => {
        const units = await deps.units.list(signedIn(user).tenantId);
        return { body: { units: units.map((u) => ({ id: u.id, name: u.name })) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/channel-bindings',
      summary: 'Hvilke Teams-kanaler enhetene er koblet til',
      auth: 'user',
      response: channelBindingsResponseSchema,
      handle: async ({ user }) => {
        const bindings = await deps.bindings.list(signedIn(user).tenantId);
        return {
          body: {
            bindings: bindings.map(({ unitId, conversationId, channelName, teamName, boundAt }) => ({
              unitId,
              conversationId,
              channelName,
              teamName,
              boundAt,
            })),
          },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/shell-card',
      summary: 'Fanens startkort (Adaptive Card) med enheter og kanalkoblinger',
      auth: 'user',
      response: cardResponseSchema,
      handle: async ({ user }) => {
        const tenantId = signedIn(user).tenantId;
        const [tenant, units, bindings] = await Promise.all([
          deps.tenants.get(tenantId),
          deps.units.list(tenantId),
          deps.bindings.list(tenantId),
        ]);
        return { body: { card: renderShellCard({ tenantName: tenant?.name ?? 'Kommunen', units, bindings }) } };
      },
    }),
  ];
}
