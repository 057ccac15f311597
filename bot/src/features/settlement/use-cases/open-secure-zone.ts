import type { AppUser } from '../../../kernel/users/app-user.js';
import { userError } from '../../../kernel/domain-error.js';
import type { PersonalRecord } from '../domain/personal-record.js';
import { relevantPersonIds } from '../domain/settlement-access.js';
import type { Settlement } from '../domain/settlement.js';
import { recordAudit, type AuditRecorder } from '../../../kernel/audit/record-audit.js';
import { loadSettlement, type LoadSettlementDeps } from './load-settlement.js';
import { mayWorkUnit } from '../../../kernel/users/require-role.js';
import type { SettlementServices } from '../settlement-services.js';

/** What a unit sees in the secure zone: only its relevant persons, with the audit time. */
export interface SecureZoneView {
  readonly settlement: Settlement;
  readonly unitId: string;
  readonly persons: PersonalRecord[];
  readonly auditedAt: string;
}

/** What {@link openSecureZone} uses: the settlement, the audit log (written first) and the names. */
export type OpenSecureZoneDeps = Pick<SettlementServices, 'personalData'> & LoadSettlementDeps & AuditRecorder;

/**
 * A unit member opens the names of a settlement for their unit. Only persons relevant to the unit,
 * only while the settlement is open to it, and the audit entry is written before anything is read:
 * if the audit write fails, nothing is shown (fail closed).
 */
export async function openSecureZone(
  services: OpenSecureZoneDeps,
  actor: AppUser,
  input: { readonly settlementId: string; readonly unitId: string },
): Promise<SecureZoneView> {
  if (!mayWorkUnit(actor, input.unitId)) throw userError('forbidden', 'Du er ikke medlem av enheten og kan ikke se navnene.');
  const { value: settlement } = await loadSettlement(services, actor.tenantId, input.settlementId);
  const personIds = relevantPersonIds(settlement, input.unitId);
  if (personIds.length === 0) {
    throw userError('forbidden', 'Bosettingen er ikke (lenger) åpen for denne enheten.');
  }
  const auditedAt = await recordAudit(services, actor, 'personal-data.read', `settlement:${settlement.id}`, {
    unitId: input.unitId,
    personIds,
  });
  const wanted = new Set(personIds);
  const records = await services.personalData.listForSettlement(actor.tenantId, settlement.id);
  const persons = personIds
    .map((id) => records.find((r) => r.personId === id))
    .filter((r): r is PersonalRecord => r !== undefined && wanted.has(r.personId));
  return { settlement, unitId: input.unitId, persons, auditedAt };
}
