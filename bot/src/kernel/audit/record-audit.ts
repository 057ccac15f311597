import type { AppUser } from '../users/app-user.js';
import type { SettlementServices } from '../../features/settlement/settlement-services.js';

/** Appends an audit entry for the actor now; throws (fail closed) when it cannot be written. Details hold ids only. */
export async function recordAudit(
  services: Pick<SettlementServices, 'audit' | 'now' | 'newId'>,
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
