import type { IsoDate } from '../dates/iso-date.js';
import { isTaskOverdue } from './overdue-tasks.js';
import type { UnitFlow } from '../../features/settlement/domain/unit-flow.js';

/** Task counts of a flow, for cards and the tab's overview. */
export interface FlowProgress {
  readonly total: number;
  readonly open: number;
  readonly taken: number;
  readonly done: number;
  /** Not done and due before today (0 for a closed flow). */
  readonly overdue: number;
}

/** Counts a flow's tasks by status, and the overdue ones as of `today`. */
export function flowProgress(flow: UnitFlow, today: IsoDate): FlowProgress {
  const count = (status: string): number => flow.tasks.filter((task) => task.status === status).length;
  const overdue = flow.status === 'active' ? flow.tasks.filter((task) => isTaskOverdue(task, today)).length : 0;
  return { total: flow.tasks.length, open: count('open'), taken: count('taken'), done: count('done'), overdue };
}
