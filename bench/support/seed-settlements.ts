import { randomUUID } from 'node:crypto';
import type { Repositories } from '../../bot/src/app/create-repositories.js';
import { recordIntent } from '../../bot/src/kernel/audit/record-intent.js';
import { osloToday } from '../../bot/src/kernel/dates/iso-date.js';
import { newOutboxMessage } from '../../bot/src/kernel/outbox/new-outbox-message.js';
import { markOutboxMessageSent } from '../../bot/src/kernel/outbox/outbox-transitions.js';
import type { AppUser } from '../../bot/src/kernel/users/app-user.js';
import { DEFAULT_AFFECTED_UNIT_RULES } from '../../bot/src/features/settlement/domain/affected-unit-rules.js';
import { defaultRoutineTemplate } from '../../bot/src/features/settlement/domain/default-routine-templates.js';
import { parseSettlementRegistration } from '../../bot/src/features/settlement/domain/settlement-registration-schema.js';
import { formatSettlementReference, referenceYearAt } from '../../bot/src/features/settlement/domain/settlement-reference.js';
import { splitRegistration } from '../../bot/src/features/settlement/domain/split-registration.js';
import { startUnitFlow } from '../../bot/src/features/settlement/domain/unit-flow.js';
import { closeUnitFlow } from '../../bot/src/features/settlement/domain/unit-flow-lifecycle.js';
import { markReminded } from '../../bot/src/features/settlement/domain/overdue-reminder.js';
import { settlementSubject } from '../../bot/src/features/settlement/delivery/settlement-topic.js';
import { benchChannelId } from './bind-channels.js';
import { benchRegistration } from './bench-household.js';

/**
 * Stores settlements number `from` … `to - 1` as a registration leaves them, written straight
 * through the repositories (the register use case reads rules, units and templates each time,
 * and the embedded server scans a partition per query, so 10,000 of them would take hours):
 * audit entry, names, note, settlement, each affected unit's flow, and its announcement as
 * already delivered (history; the server must not start by posting thousands of cards).
 */
export async function seedSettlements(
  repositories: Repositories,
  coordinator: AppUser,
  range: { readonly from: number; readonly to: number },
  parallel: number,
): Promise<string[]> {
  const ids: string[] = [];
  let next = range.from;
  const worker = async (): Promise<void> => {
    while (next < range.to) {
      const index = next++;
      ids[index - range.from] = await seedOne(repositories, coordinator, index);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return ids;
}

/**
 * The newest settlements are current work (registered now, arrivals from a year back to two ahead,
 * flows active); the rest are history, as a large municipality keeps it: about two a day going back
 * (10,000 reach some 13 years), registered two weeks before arrival, their flows closed.
 */
const CURRENT_SETTLEMENTS = 300;
const DAY_MS = 24 * 60 * 60 * 1000;

async function seedOne(repositories: Repositories, coordinator: AppUser, index: number): Promise<string> {
  const history = index >= CURRENT_SETTLEMENTS;
  const now = history ? new Date(Date.now() - (30 + Math.floor((index - CURRENT_SETTLEMENTS) / 2)) * DAY_MS) : new Date();
  const tenantId = coordinator.tenantId;
  // Current arrivals spread over the window a registration allows (a year back, two ahead); history arrives two weeks after registration.
  const registration = parseSettlementRegistration(benchRegistration(history ? 14 : -300 + (index % 900), now), {
    today: osloToday(now),
  });
  const split = splitRegistration(registration, DEFAULT_AFFECTED_UNIT_RULES, {
    settlementId: randomUUID(),
    tenantId,
    createdBy: coordinator.id,
    createdAt: now.toISOString(),
  });
  // Numbered as a registration numbers it, so the server's housekeeping has no backfill to do while it is measured.
  const year = referenceYearAt(now);
  const settlement = {
    ...split.settlement,
    reference: formatSettlementReference(year, await repositories.references.next(tenantId, year)),
  };
  await recordIntent({ audit: repositories.audit, now: () => now }, coordinator, {
    action: 'settlement.register',
    resource: `settlement:${settlement.id}`,
    operation: [],
    details: { units: settlement.affectedUnitIds, persons: settlement.members.length },
  });
  await repositories.personalData.putRecords(split.personalRecords);
  if (split.note) await repositories.personalData.putNote(split.note);
  await repositories.settlements.create(settlement);
  await Promise.all(
    settlement.affectedUnitIds.map(async (unitId) => {
      const flow = startUnitFlow(defaultRoutineTemplate(tenantId, unitId), settlement, { createdAt: now.toISOString() });
      // Current flows were reminded today already: the bench measures the day's operations, not the
      // daily reminder round (hundreds of overdue flows at once), which would otherwise start with it.
      await repositories.flows.createIfMissing(
        history
          ? closeUnitFlow(flow, new Date(now.getTime() + 120 * DAY_MS).toISOString())
          : markReminded(flow, osloToday(now), now.toISOString()),
      );
      const message = newOutboxMessage({
        tenantId,
        subject: settlementSubject(settlement.id),
        unitId,
        topic: { name: 'announcement' },
        conversationId: benchChannelId(unitId),
        now,
      });
      await repositories.outbox.enqueue(markOutboxMessageSent(message, `seeded-${randomUUID()}`, now));
    }),
  );
  return settlement.id;
}
