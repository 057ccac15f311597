import type { AppUser } from '../../../kernel/users/app-user.js';
import { userError } from '../../../kernel/domain-error.js';
import { loadSettlement, type LoadSettlementDeps } from './load-settlement.js';
import { requireAnyRole } from '../../../kernel/users/require-role.js';
import type { SettlementServices } from '../settlement-services.js';
import { recordIntent, type IntentRecorder } from '../../../kernel/audit/record-intent.js';
import { startUnitWork, type StartUnitWorkDeps } from './start-unit-work.js';
import { settlementSubject } from '../delivery/settlement-topic.js';

/**
 * What {@link redeliverToUnit} uses: the unit's channel, the settlement's outbox messages and the
 * audit log, and what starting unit work uses (for a unit never announced).
 */
export type RedeliverToUnitDeps = Pick<SettlementServices, 'bindings' | 'deliveries' | 'now'> &
  LoadSettlementDeps &
  IntentRecorder &
  StartUnitWorkDeps;

/**
 * The coordinator sends a unit's announcements again after a failed delivery or a late channel
 * binding: failed messages are queued again to the unit's current channel, and a unit that never
 * got its announcement (no channel at registration) gets it now. Returns how many were queued.
 */
export async function redeliverToUnit(
  services: RedeliverToUnitDeps,
  actor: AppUser,
  input: { readonly settlementId: string; readonly unitId: string },
): Promise<number> {
  requireAnyRole(actor, ['coordinator', 'admin'], 'Bare bosettingskoordinator eller administrator kan sende kunngjøringer på nytt.');
  const { value: settlement } = await loadSettlement(services, actor.tenantId, input.settlementId);
  if (settlement.status !== 'open' || !settlement.affectedUnitIds.includes(input.unitId)) {
    throw userError('invalid-input', 'Bosettingen er ikke åpen for denne enheten, så ingenting sendes.');
  }
  const binding = await services.bindings.get(actor.tenantId, input.unitId);
  if (!binding)
    throw userError(
      'invalid-input',
      'Enheten er ikke koblet til noen kanal. Be en administrator skrive «@Introteam koble kanal» i enhetens kanal først.',
    );
  const messages = (await services.deliveries.listForSubject(actor.tenantId, settlementSubject(settlement.id))).filter(
    (m) => m.unitId === input.unitId,
  );
  const failed = messages.filter((m) => m.status === 'failed');
  // Audited first (fail closed). The operation is this actor sending these failures to this channel,
  // so a retry of the same request finds its entry and a later redelivery gets its own.
  await recordIntent(services, actor, {
    action: 'delivery.retry',
    resource: `settlement:${settlement.id}`,
    operation: [actor.id, input.unitId, binding.value.conversationId, ...failed.map((m) => `${m.id}@${m.updatedAt ?? m.createdAt}`)],
    details: { unitId: input.unitId, messages: failed.length },
  });
  const now = services.now();
  for (const message of failed) {
    const current = await services.deliveries.get(actor.tenantId, message.id);
    if (current?.value.status === 'failed') await services.deliveries.requeue(current, binding.value.conversationId, now);
  }
  // A unit with an announcement already (perhaps under an id from before typed subjects) is not announced twice.
  if (!messages.some((m) => m.topic.name === 'announcement')) await startUnitWork(services, settlement, [input.unitId]);
  return failed.length;
}
