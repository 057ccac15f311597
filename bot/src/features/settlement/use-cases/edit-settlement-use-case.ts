import type { AppUser } from '../../../kernel/users/app-user.js';
import { diffAffectedUnits } from '../domain/affected-units-diff.js';
import { editSettlement } from '../domain/edit-settlement.js';
import { osloToday } from '../../../kernel/dates/iso-date.js';
import { parseSettlementRegistration } from '../domain/settlement-registration-schema.js';
import { currentRules } from './current-rules.js';
import { loadSettlement, type LoadSettlementDeps } from './load-settlement.js';
import { recordIntent, type IntentRecorder } from '../../../kernel/audit/record-intent.js';
import type { RegisteredSettlement } from './register-settlement.js';
import { requireAnyRole } from '../../../kernel/users/require-role.js';
import type { SettlementServices } from '../settlement-services.js';
import { startUnitWork, type StartUnitWorkDeps } from './start-unit-work.js';
import { updateUnitFlows, type UpdateUnitFlowsDeps } from './update-unit-flows.js';

/** The coordinator's edit of a settlement. */
export interface EditSettlementInput {
  readonly settlementId: string;
  readonly registration: unknown;
  readonly expectedVersion: number;
}

/**
 * What {@link editSettlementUseCase} uses: the settlements, names, rules and audit log, and what
 * starting and updating the units' work uses.
 */
export type EditSettlementDeps = Pick<SettlementServices, 'settlements' | 'personalData' | 'rules' | 'now'> &
  LoadSettlementDeps &
  IntentRecorder &
  StartUnitWorkDeps &
  UpdateUnitFlowsDeps;

/**
 * Applies an edit (audited first, ETag- and version-guarded), then announces it: units newly affected get their
 * flow and announcement, units no longer affected get a notice and their flow closed, and the
 * remaining units get a short notice and their card updated (due dates follow a new arrival date).
 */
export async function editSettlementUseCase(
  services: EditSettlementDeps,
  actor: AppUser,
  input: EditSettlementInput,
): Promise<RegisteredSettlement> {
  requireAnyRole(actor, ['coordinator', 'admin'], 'Bare bosettingskoordinator eller administrator kan endre en bosetting.');
  const now = services.now();
  const current = await loadSettlement(services, actor.tenantId, input.settlementId);
  const registration = parseSettlementRegistration(input.registration, { today: osloToday(now) });
  const rules = await currentRules(services.rules, actor.tenantId);
  const edited = editSettlement(current.value, registration, rules, {
    changedBy: actor.id,
    changedAt: now.toISOString(),
    expectedVersion: input.expectedVersion,
  });
  // Audited first (fail closed): one entry per actor, version edited and outcome, so a retry finds its entry.
  await recordIntent(services, actor, {
    action: 'settlement.edit',
    resource: `settlement:${current.value.id}`,
    operation: [actor.id, `v${current.value.version}`, ...edited.settlement.affectedUnitIds],
    details: { version: edited.settlement.version, units: edited.settlement.affectedUnitIds },
  });
  // Then the ETag-guarded replace, so an edit that loses a race changes nothing at all.
  const { value: settlement } = await services.settlements.replace(edited.settlement, current.etag);
  await services.personalData.putRecords(edited.personalRecords);
  await services.personalData.deleteRecords(actor.tenantId, current.value.id, edited.removedPersonIds);
  if (edited.note) await services.personalData.putNote(edited.note);
  else await services.personalData.deleteNote(actor.tenantId, current.value.id);
  const diff = diffAffectedUnits(current.value, settlement);
  const warnings = await startUnitWork(services, settlement, diff.added);
  await updateUnitFlows(services, settlement, { removed: diff.removed, kept: [...diff.changed, ...diff.unchanged] });
  return { settlement, warnings };
}
