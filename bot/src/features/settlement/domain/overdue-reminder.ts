import type { IsoDate } from '../../../kernel/dates/iso-date.js';
import { overdueTasks } from '../../../kernel/checklist/overdue-tasks.js';
import type { UnitFlow } from './unit-flow.js';

/**
 * True when an overdue reminder should be posted for the flow today: it is active, has overdue
 * tasks, and no reminder was posted on `today` (Oslo date) or later — at most once a day.
 */
export function isReminderDue(flow: UnitFlow, today: IsoDate): boolean {
  const alreadyReminded = flow.lastReminderDate !== undefined && flow.lastReminderDate >= today;
  return !alreadyReminded && overdueTasks(flow, today).length > 0;
}

/**
 * Records that today's reminder was posted. Write it (with the flow's ETag) before sending, so a
 * second server instance sees it and skips the flow.
 */
export function markReminded(flow: UnitFlow, today: IsoDate, at: string): UnitFlow {
  return { ...flow, lastReminderDate: today, updatedAt: at };
}
