import { isDomainError } from '../../../kernel/domain-error.js';
import { osloToday } from '../../../kernel/dates/iso-date.js';
import { isReminderDue, markReminded } from '../domain/overdue-reminder.js';
import { overdueTasks } from '../../../kernel/checklist/overdue-tasks.js';
import type { SettlementServices } from '../settlement-services.js';

/** What {@link remindOverdueTasks} uses: the flows and the announcements. */
export type RemindOverdueTasksDeps = Pick<SettlementServices, 'flows' | 'announcements' | 'now'>;

/**
 * Queues a name-free reminder in the unit's channel for each active flow with overdue tasks (all of
 * the tenant's active flows, a page at a time), at
 * most once a day per flow: the reminder's outbox id is per (flow, day), so two instances or a
 * retry after a crash queue it once; the flow is then marked reminded (If-Match) for the next runs.
 */
export async function remindOverdueTasks(services: RemindOverdueTasksDeps, tenantId: string): Promise<number> {
  const now = services.now();
  const today = osloToday(now);
  let reminded = 0;
  for await (const { value: flow, etag } of activeFlows(services, tenantId)) {
    if (overdueTasks(flow, today).length === 0 || !isReminderDue(flow, today)) continue;
    await services.announcements.enqueue(tenantId, flow.settlementId, flow.unitId, { name: 'reminder', date: today });
    reminded += 1;
    try {
      await services.flows.replace(markReminded(flow, today, now.toISOString()), etag);
    } catch (error) {
      // Someone changed the flow meanwhile; the next run sees the reminder already queued for today.
      if (!isDomainError(error, 'conflict')) throw error;
    }
  }
  return reminded;
}

/** Active flows read per page of this many (every one of them, however many the tenant has). */
const PAGE_SIZE = 100;

async function* activeFlows(services: Pick<SettlementServices, 'flows'>, tenantId: string) {
  let continuationToken: string | undefined;
  do {
    const page = await services.flows.listActivePage(tenantId, {
      maxItemCount: PAGE_SIZE,
      ...(continuationToken ? { continuationToken } : {}),
    });
    yield* page.flows;
    continuationToken = page.continuationToken;
  } while (continuationToken);
}
