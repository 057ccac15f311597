import { z } from 'zod';
import type { ApiDependencies } from '../api-dependencies.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import { roleViews, roleViewSchema } from './role-view.js';
import { signedIn } from '../signed-in.js';

/** Routes that tell the tab how to sign in and who is signed in. */
export function sessionRoutes(deps: ApiDependencies): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/session-config',
      summary: 'Hvordan fanen logger inn: Teams SSO, utviklingsmodus med demobrukere, eller ikke satt opp',
      auth: 'none',
      response: z.object({ mode: z.enum(['sso', 'dev', 'unconfigured']), tenantId: z.string().optional(), message: z.string().optional() }),
      handle: async () => ({ body: sessionConfig(deps) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/me',
      summary: 'Den innloggede brukeren og rollene hennes',
      auth: 'user',
      response: z.object({
        user: z.object({ id: z.string(), displayName: z.string(), tenantId: z.string() }),
        roles: z.array(roleViewSchema),
      }),
      handle: async ({ user: maybeUser }) => {
        const user = signedIn(maybeUser);
        const units = await deps.units.list(user.tenantId);
        return {
          body: { user: { id: user.id, displayName: user.displayName, tenantId: user.tenantId }, roles: roleViews(user, units) },
        };
      },
    }),
  ];
}

// Shown by the tab when the server has no way to sign anyone in.
const SIGN_IN_UNCONFIGURED_MESSAGE =
  'Innlogging er ikke satt opp på denne serveren. En administrator må sette ENTRA_CLIENT_ID og ENTRA_TENANT_IDS (Teams SSO), eller DEV_SIGN_IN=1 for demobrukere lokalt.';

function sessionConfig(deps: ApiDependencies): { mode: 'sso' | 'dev' | 'unconfigured'; tenantId?: string; message?: string } {
  if (deps.devSignIn) return { mode: 'dev', tenantId: deps.devSignIn.tenantId };
  if (deps.signInMode === 'unconfigured') return { mode: 'unconfigured', message: SIGN_IN_UNCONFIGURED_MESSAGE };
  return { mode: 'sso' };
}
