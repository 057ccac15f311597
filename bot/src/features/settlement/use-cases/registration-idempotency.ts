import { createHmac } from 'node:crypto';
import type { SettlementRegistration } from '../domain/settlement-registration.js';
import { nameBasedId } from '../../../kernel/name-based-id.js';

/** The settlement id a registration with this idempotency key gets: the same on every retry, so a retry resumes. */
export function registrationSettlementId(tenantId: string, idempotencyKey: string): string {
  return nameBasedId('settlement', tenantId, idempotencyKey);
}

/**
 * What the registration said, as a keyed hash: a retry with the same key must carry the same
 * registration. Keyed with the idempotency key, which is stored nowhere, so the fingerprint (kept
 * in the audit entry) cannot be used to guess names or birth dates.
 */
export function registrationFingerprint(idempotencyKey: string, registration: SettlementRegistration): string {
  return createHmac('sha256', idempotencyKey).update(canonicalJson(registration)).digest('base64url');
}

/** JSON with object keys sorted, so the same content always gives the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
