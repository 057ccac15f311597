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
      summary: 'Hvordan fanen logger inn: Teams SSO eller utviklingsmodus med demobrukere',
      auth: 'none',
      response: z.object({ mode: z.enum(['sso', 'dev']), tenantId: z.string().optional() }),
      handle: async () => ({ body: deps.devSignIn ? { mode: 'dev', tenantId: deps.devSignIn.tenantId } : { mode: 'sso' } }),
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
