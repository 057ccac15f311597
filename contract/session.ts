import { z } from 'zod';

/** The roles a person can hold; mirrors the server's `ROLES`, which must stay assignable to it. */
export const ROLE_NAMES = ['admin', 'coordinator', 'leader', 'adviser', 'teacher', 'unit-member'] as const;

/** A role as the tab shows it: `label` is the Norwegian role name, `unitName` the unit it applies to. */
export const roleViewSchema = z.strictObject({
  role: z.enum(ROLE_NAMES),
  unitId: z.string().optional(),
  unitName: z.string().optional(),
  label: z.string(),
});

/** A role as the tab shows it. */
export type RoleView = z.infer<typeof roleViewSchema>;

/**
 * `GET /api/session-config` (no auth): how the tab signs in. `dev` names the demo tenant;
 * `unconfigured` (no Entra settings, no dev sign-in) carries the Norwegian explanation to show.
 */
export const sessionConfigSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('sso') }),
  z.strictObject({ mode: z.literal('dev'), tenantId: z.string() }),
  z.strictObject({ mode: z.literal('unconfigured'), message: z.string() }),
]);

/** How the tab signs in. */
export type SessionConfig = z.infer<typeof sessionConfigSchema>;

/** `GET /api/me`: the signed-in user and their roles. */
export const meResponseSchema = z.strictObject({
  user: z.strictObject({ id: z.string(), displayName: z.string(), tenantId: z.string() }),
  roles: z.array(roleViewSchema),
});

/** The signed-in user and their roles. */
export type MeResponse = z.infer<typeof meResponseSchema>;

/** One demo user in `GET /api/dev/users`. */
export const devUserSchema = z.strictObject({ id: z.string(), displayName: z.string(), roles: z.array(roleViewSchema) });

/** One demo user. */
export type DevUser = z.infer<typeof devUserSchema>;

/** `GET /api/dev/users` (dev mode only, no auth). */
export const devUsersResponseSchema = z.strictObject({ users: z.array(devUserSchema) });

/** The demo users. */
export type DevUsersResponse = z.infer<typeof devUsersResponseSchema>;

/** `POST /api/dev/token` body (dev mode only): the demo user to sign in as. */
export const devTokenRequestSchema = z.strictObject({ userId: z.string() });

/** The dev token request. */
export type DevTokenRequest = z.infer<typeof devTokenRequestSchema>;

/** `POST /api/dev/token` reply; `expiresAt` is an ISO 8601 instant. */
export const devTokenResponseSchema = z.strictObject({ token: z.string(), expiresAt: z.string() });

/** A dev token and when it expires. */
export type DevTokenResponse = z.infer<typeof devTokenResponseSchema>;
