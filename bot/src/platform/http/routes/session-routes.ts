import type { ApiDependencies } from '../api-dependencies.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import { roleViews } from './role-view.js';
import { signedIn } from '../signed-in.js';
import { meResponseSchema, sessionConfigSchema, type SessionConfig } from '../../../../../contract/session.js';

/** Routes that tell the tab how to sign in and who is signed in. */
export function sessionRoutes(deps: ApiDependencies): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/session-config',
      summary: 'Hvordan fanen logger inn: Teams SSO, utviklingsmodus med demobrukere, eller ikke satt opp',
      auth: 'none',
      response: sessionConfigSchema,
      handle: async () => ({ body: sessionConfig(deps) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/me',
      summary: 'Den innloggede brukeren og rollene hennes',
      auth: 'user',
      response: meResponseSchema,
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

function sessionConfig(deps: ApiDependencies): SessionConfig {
  if (deps.devSignIn) return { mode: 'dev', tenantId: deps.devSignIn.tenantId };
  if (deps.signInMode === 'unconfigured') return { mode: 'unconfigured', message: SIGN_IN_UNCONFIGURED_MESSAGE };
  return { mode: 'sso' };
}
