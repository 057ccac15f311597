import { decodeJwt } from 'jose';
import { z } from 'zod';
import { DomainError } from '../../../kernel/domain-error.js';
import { singleLineText } from '../../../kernel/text-field.js';
import type { ApiDependencies } from '../api-dependencies.js';
import { defineRoute, type ApiRoute } from '../api-route.js';
import { roleViews } from './role-view.js';
import { devTokenResponseSchema, devUsersResponseSchema } from '../../../../../contract/session.js';

/** Demo-user picker for local development; only registered when dev sign-in is configured (never in production). */
export function devSignInRoutes(deps: ApiDependencies): ApiRoute[] {
  const devSignIn = deps.devSignIn;
  if (!devSignIn) return [];
  return [
    defineRoute({
      method: 'get',
      path: '/api/dev/users',
      summary: 'Demobrukerne i utviklingsmodus, med roller',
      auth: 'none',
      response: devUsersResponseSchema,
      handle: async () => {
        const [users, units] = await Promise.all([deps.users.list(devSignIn.tenantId), deps.units.list(devSignIn.tenantId)]);
        return { body: { users: users.map((u) => ({ id: u.id, displayName: u.displayName, roles: roleViews(u, units) })) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/dev/token',
      summary: 'Lager et token for en demobruker i utviklingsmodus',
      auth: 'none',
      body: z.object({ userId: singleLineText({ label: 'Bruker-id-en', max: 100 }) }, { error: 'Forespørselen må være et objekt' }),
      response: devTokenResponseSchema,
      handle: async ({ body }) => {
        const user = await deps.users.get(devSignIn.tenantId, body.userId);
        if (!user) throw new DomainError('not-found', 'unknown demo user');
        const token = await devSignIn.issuer.issue(user.id);
        const expiresAt = new Date((decodeJwt(token).exp ?? 0) * 1000).toISOString();
        return { body: { token, expiresAt } };
      },
    }),
  ];
}
