import { invalidResponseError } from './api-error.js';

/** A role as the API reports it: `label` is the Norwegian role name, `unitName` the unit it applies to. */
export interface RoleView {
  readonly role: string;
  readonly unitId?: string;
  readonly unitName?: string;
  readonly label: string;
}

/** `GET /api/session-config` (no auth): how the tab signs in. */
export interface SessionConfig {
  /** `unconfigured`: the server signs no one in (no Entra settings, no dev sign-in). */
  readonly mode: 'sso' | 'dev' | 'unconfigured';
  /** The demo tenant in dev mode; absent in SSO mode, where the token says the tenant. */
  readonly tenantId?: string;
  /** In `unconfigured` mode, the Norwegian explanation to show. */
  readonly message?: string;
}

/** One demo user in `GET /api/dev/users`. */
export interface DevUser {
  readonly id: string;
  readonly displayName: string;
  readonly roles: readonly RoleView[];
}

/** `GET /api/dev/users` (dev mode only, no auth). */
export interface DevUsersResponse {
  readonly users: readonly DevUser[];
}

/** `POST /api/dev/token` with `{ userId }` (dev mode only). `expiresAt` is an ISO 8601 instant. */
export interface DevTokenResponse {
  readonly token: string;
  readonly expiresAt: string;
}

/** `GET /api/me`: the signed-in user and their roles. */
export interface MeResponse {
  readonly user: { readonly id: string; readonly displayName: string; readonly tenantId: string };
  readonly roles: readonly RoleView[];
}

/** An Adaptive Card 1.5 as JSON, already expanded by the server. */
export type CardJson = Record<string, unknown>;

/** `GET /api/shell-card`, and the reply to a posted card action. */
export interface CardResponse {
  readonly card: CardJson;
}

/** Checks the session config, since everything else depends on the mode being one we know. */
export function parseSessionConfig(body: unknown): SessionConfig {
  if (typeof body === 'object' && body !== null) {
    const { mode, tenantId, message } = body as Record<string, unknown>;
    if (mode === 'sso' && (tenantId === undefined || typeof tenantId === 'string')) return { mode, tenantId };
    if (mode === 'dev' && typeof tenantId === 'string') return { mode, tenantId };
    if (mode === 'unconfigured' && typeof message === 'string') return { mode, message };
  }
  throw invalidResponseError(200);
}

/** Checks that a card response holds a card object. */
export function parseCardResponse(body: unknown): CardResponse {
  const card = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).card : undefined;
  if (typeof card === 'object' && card !== null && !Array.isArray(card)) return { card: card as CardJson };
  throw invalidResponseError(200);
}
