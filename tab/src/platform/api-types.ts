import type { AdaptiveCard } from '../../../contract/adaptive-card.js';
import type { SessionConfig } from '../../../contract/session.js';
import type { CardResponse } from '../../../contract/workspace.js';
import { invalidResponseError } from './api-error.js';

// The response types live in contract/ (shared with the server); these are the tab's runtime checks of them.

/** Checks the session config, since everything else depends on the mode being one we know. */
export function parseSessionConfig(body: unknown): SessionConfig {
  if (typeof body === 'object' && body !== null) {
    const { mode, tenantId, message } = body as Record<string, unknown>;
    if (mode === 'sso') return { mode };
    if (mode === 'dev' && typeof tenantId === 'string') return { mode, tenantId };
    if (mode === 'unconfigured' && typeof message === 'string') return { mode, message };
  }
  throw invalidResponseError(200);
}

/** Checks that a card response holds an Adaptive Card (its envelope; the renderer reads the rest). */
export function parseCardResponse(body: unknown): CardResponse {
  const card = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).card : undefined;
  if (isCard(card)) return { card };
  throw invalidResponseError(200);
}

function isCard(value: unknown): value is AdaptiveCard {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { type, version, body } = value as Record<string, unknown>;
  return type === 'AdaptiveCard' && typeof version === 'string' && Array.isArray(body);
}
