import type { AppUser } from '../../../kernel/users/app-user.js';
import { osloToday } from '../../../kernel/dates/iso-date.js';
import { parseSettlementRegistration } from '../domain/settlement-registration-schema.js';
import type { Settlement } from '../domain/settlement.js';
import { splitRegistration } from '../domain/split-registration.js';
import { recordAudit } from '../../../kernel/audit/record-audit.js';
import { currentRules } from './current-rules.js';
import { requireAnyRole } from '../../../kernel/users/require-role.js';
import type { SettlementServices } from '../settlement-services.js';
import { startUnitWork } from './start-unit-work.js';

/** The registered settlement and warnings for the coordinator (units without a channel). */
export interface RegisteredSettlement {
  readonly settlement: Settlement;
  readonly warnings: string[];
}

/**
 * A coordinator registers a settlement: names and birth dates go to the personal-data container,
 * the name-free settlement to the core container, then each affected unit's flow starts and its
 * announcement is queued. Personal data is written first so a half-done registration never
 * announces a settlement whose persons are missing.
 */
export async function registerSettlement(services: SettlementServices, actor: AppUser, input: unknown): Promise<RegisteredSettlement> {
  requireAnyRole(actor, ['coordinator', 'admin'], 'Bare bosettingskoordinator eller administrator kan registrere en bosetting.');
  const now = services.now();
  const registration = parseSettlementRegistration(input, { today: osloToday(now) });
  const rules = await currentRules(services.rules, actor.tenantId);
  const split = splitRegistration(registration, rules, {
    settlementId: services.newId(),
    tenantId: actor.tenantId,
    createdBy: actor.id,
    createdAt: now.toISOString(),
  });
  await services.personalData.putRecords(split.personalRecords);
  if (split.note) await services.personalData.putNote(split.note);
  const { value: settlement } = await services.settlements.create(split.settlement);
  await recordAudit(services, actor, 'settlement.register', `settlement:${settlement.id}`, {
    units: settlement.affectedUnitIds,
    persons: settlement.members.length,
  });
  const warnings = await startUnitWork(services, settlement, settlement.affectedUnitIds);
  return { settlement, warnings };
}
