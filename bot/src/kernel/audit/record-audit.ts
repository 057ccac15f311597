import type { AppUser } from '../users/app-user.js';
import { DomainError, isDomainError } from '../domain-error.js';
import type { AuditDetails, AuditEntry } from './audit-entry.js';
import type { AuditLog } from './audit-log.js';

/** What writing an audit entry needs: only the log's append (a writer never reads the log), a clock and ids. */
export interface AuditRecorder {
  readonly audit: Pick<AuditLog, 'append'>;
  readonly now: () => Date;
  readonly newId: () => string;
}

/** Appends an audit entry for the actor now; throws (fail closed) when it cannot be written. Details hold ids only. */
export async function recordAudit(
  services: AuditRecorder,
  actor: AppUser,
  action: string,
  resource: string,
  details?: AuditDetails,
): Promise<string> {
  const at = services.now().toISOString();
  await appendAudit(services.audit, {
    id: services.newId(),
    tenantId: actor.tenantId,
    actorId: actor.id,
    action,
    resource,
    ...(details ? { details } : {}),
    at,
  });
  return at;
}

/** Appends through the port; whatever goes wrong becomes DomainError('audit-failed'), so the edge answers 503. */
export async function appendAudit(audit: Pick<AuditLog, 'append'>, entry: AuditEntry): Promise<AuditEntry> {
  try {
    return await audit.append(entry);
  } catch (error) {
    if (isDomainError(error, 'audit-failed')) throw error;
    throw new DomainError('audit-failed', 'The audit entry could not be written; the action must not go ahead.', { cause: error });
  }
}
