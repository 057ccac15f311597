import type { AppUser } from '../users/app-user.js';
import type { AuditDetails, AuditEntry } from './audit-entry.js';
import { DomainError } from '../domain-error.js';
import { nameBasedId } from '../name-based-id.js';
import { appendAudit, type AuditRecorder } from './record-audit.js';

/** An audited change, described before it is made. */
export interface AuditIntent {
  /** E.g. `settlement.edit`. */
  readonly action: string;
  /** E.g. `settlement:<id>`. */
  readonly resource: string;
  /**
   * What makes this operation one operation (with tenant, action and resource): e.g. the actor
   * and the version it changes. A retry gives the same parts, so it finds its entry, not a new one.
   */
  readonly operation: readonly string[];
  /** Ids only, never names or birth dates. */
  readonly details?: AuditDetails;
}

/** What recording an intent needs: the log's append and a clock (the entry's id comes from the operation). */
export type IntentRecorder = Pick<AuditRecorder, 'audit' | 'now'>;

/**
 * Fail-closed auditing of a change: writes the audit entry (the intent) before the change is
 * made, under an id derived from the operation. If it cannot be written the caller makes no
 * change (DomainError('audit-failed')); if a retry finds it already written (409), that entry
 * is returned and the change goes ahead. A change never exists without its entry; an entry may
 * exist for a change that then failed (a lost race, a crash), so the log reads as intents.
 */
export async function recordIntent(services: IntentRecorder, actor: AppUser, intent: AuditIntent): Promise<AuditEntry> {
  const id = nameBasedId('audit', actor.tenantId, intent.action, intent.resource, ...intent.operation);
  const entry: AuditEntry = {
    id,
    tenantId: actor.tenantId,
    actorId: actor.id,
    action: intent.action,
    resource: intent.resource,
    ...(intent.details ? { details: intent.details } : {}),
    at: services.now().toISOString(),
  };
  const recorded = await appendAudit(services.audit, entry);
  if (recorded.action !== entry.action || recorded.resource !== entry.resource) {
    // Only a forged or colliding entry gets here; going ahead would leave the change unaudited.
    throw new DomainError('audit-failed', `Audit entry ${id} records another operation; the action must not go ahead.`);
  }
  return recorded;
}
