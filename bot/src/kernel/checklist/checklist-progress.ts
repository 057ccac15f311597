import type { IsoDate } from '../dates/iso-date.js';
import { isTaskOverdue } from './overdue-tasks.js';
import type { Checklist } from './checklist.js';

/** Task counts of a checklist, for cards and the tab's overview. */
export interface ChecklistProgress {
  readonly total: number;
  readonly open: number;
  readonly taken: number;
  readonly done: number;
  /** Not done and due before today (0 for a closed checklist). */
  readonly overdue: number;
}

/** Counts a checklist's tasks by status, and the overdue ones as of `today`. */
export function checklistProgress(checklist: Checklist, today: IsoDate): ChecklistProgress {
  const count = (status: string): number => checklist.tasks.filter((task) => task.status === status).length;
  const overdue = checklist.status === 'active' ? checklist.tasks.filter((task) => isTaskOverdue(task, today)).length : 0;
  return { total: checklist.tasks.length, open: count('open'), taken: count('taken'), done: count('done'), overdue };
}
