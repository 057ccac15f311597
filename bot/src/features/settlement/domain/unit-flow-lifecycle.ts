import type { IsoDate } from '../../../kernel/dates/iso-date.js';
import { rescheduleTasks } from '../../../kernel/checklist/schedule-tasks.js';
import type { UnitFlow } from './unit-flow.js';

/** Closes a flow (settlement cancelled, or the unit no longer affected); closing twice changes nothing. */
export function closeUnitFlow(flow: UnitFlow, at: string): UnitFlow {
  return flow.status === 'closed' ? flow : { ...flow, status: 'closed', updatedAt: at };
}

/** Recomputes every due date from a new arrival date; returns the same flow when the date is unchanged. */
export function rescheduleUnitFlow(flow: UnitFlow, arrivalDate: IsoDate, at: string): UnitFlow {
  if (flow.arrivalDate === arrivalDate) {
    return flow;
  }
  const tasks = rescheduleTasks(flow.tasks, arrivalDate);
  return { ...flow, arrivalDate, tasks, updatedAt: at };
}

/** Makes a closed flow active again (the unit is affected again after an edit), keeping task progress. */
export function reactivateUnitFlow(flow: UnitFlow, arrivalDate: IsoDate, at: string): UnitFlow {
  const rescheduled = rescheduleUnitFlow(flow, arrivalDate, at);
  return rescheduled.status === 'active' ? rescheduled : { ...rescheduled, status: 'active', updatedAt: at };
}
