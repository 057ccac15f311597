import type { FlowTask } from './checklist-task.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { UnitFlow } from '../../features/settlement/domain/unit-flow.js';

/** True when the task is not done and its due date is before `today` (due today is not overdue). */
export function isTaskOverdue(task: FlowTask, today: IsoDate): boolean {
  return task.status !== 'done' && task.dueDate < today;
}

/** The overdue tasks of an active flow, earliest due first; a closed flow has none. */
export function overdueTasks(flow: UnitFlow, today: IsoDate): FlowTask[] {
  if (flow.status !== 'active') {
    return [];
  }
  return flow.tasks
    .filter((task) => isTaskOverdue(task, today))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}
