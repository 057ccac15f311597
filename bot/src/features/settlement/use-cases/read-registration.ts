import type { AppUser } from '../../../kernel/users/app-user.js';
import type { SettlementRegistration } from '../domain/settlement-registration.js';
import { recordAudit, type AuditRecorder } from '../../../kernel/audit/record-audit.js';
import { loadSettlement, type LoadSettlementDeps } from './load-settlement.js';
import { requireAnyRole } from '../../../kernel/users/require-role.js';
import type { SettlementServices } from '../settlement-services.js';

/** What {@link readRegistration} uses: the settlement, the audit log (written first) and the names. */
export type ReadRegistrationDeps = Pick<SettlementServices, 'personalData'> & LoadSettlementDeps & AuditRecorder;

/** The full registration (with names) for the coordinator's edit form; audited before it is read. */
export async function readRegistration(
  services: ReadRegistrationDeps,
  actor: AppUser,
  settlementId: string,
): Promise<{ readonly registration: SettlementRegistration; readonly version: number }> {
  requireAnyRole(actor, ['coordinator', 'admin'], 'Bare bosettingskoordinator eller administrator kan se hele registreringen.');
  const { value: settlement } = await loadSettlement(services, actor.tenantId, settlementId);
  await recordAudit(services, actor, 'registration.read', `settlement:${settlement.id}`, {
    personIds: settlement.members.map((m) => m.personId),
  });
  const [records, note] = await Promise.all([
    services.personalData.listForSettlement(actor.tenantId, settlement.id),
    services.personalData.getNote(actor.tenantId, settlement.id),
  ]);
  const members = settlement.members.flatMap((member) => {
    const record = records.find((r) => r.personId === member.personId);
    if (!record) return [];
    return [
      {
        personId: member.personId,
        fullName: record.fullName,
        birthDate: record.birthDate,
        role: member.role,
        guardianIds: member.guardianIds,
        needs: member.needs,
      },
    ];
  });
  return {
    registration: { expectedArrivalDate: settlement.arrivalDate, addressArea: settlement.addressArea, members, note: note?.text },
    version: settlement.version,
  };
}
