import type { AppUser } from '../users/app-user.js';
import type { AuditLog } from './audit-log.js';

/** What writing an audit entry needs. */
export interface AuditRecorder {
  readonly audit: AuditLog;
  readonly now: () => Date;
  readonly newId: () => string;
}

/** Appends an audit entry for the actor now; throws (fail closed) when it cannot be written. Details hold ids only. */
export async function recordAudit(
  services: AuditRecorder,
  actor: AppUser,
  action: string,
  resource: string,
  details?: Readonly<Record<string, unknown>>,
): Promise<string> {
  const at = services.now().toISOString();
  await services.audit.append({
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
