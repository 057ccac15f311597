import type { ChecklistTask } from './checklist-task.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { Checklist } from './checklist.js';

/** True when the task is not done and its due date is before `today` (due today is not overdue). */
export function isTaskOverdue(task: ChecklistTask, today: IsoDate): boolean {
  return task.status !== 'done' && task.dueDate < today;
}

/** The overdue tasks of an active checklist, earliest due first; a closed checklist has none. */
export function overdueTasks(checklist: Checklist, today: IsoDate): ChecklistTask[] {
  if (checklist.status !== 'active') {
    return [];
  }
  return checklist.tasks
    .filter((task) => isTaskOverdue(task, today))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}
