import type { IsoDate } from '../dates/iso-date.js';
import type { Checklist } from './checklist.js';

/** What a query needs to find a checklist's open work without scanning its tasks. */
export interface ChecklistIndex {
  /** The earliest due date of a task not done, while the checklist is active; null when nothing is open. */
  readonly nextOpenDueDate: IsoDate | null;
  /** Who has taken the tasks that are taken and not done, while the checklist is active (each once). */
  readonly takenByIds: readonly string[];
}

/** The checklist's index fields (stored beside it, recomputed on every write). */
export function checklistIndex(checklist: Checklist): ChecklistIndex {
  if (checklist.status !== 'active') return { nextOpenDueDate: null, takenByIds: [] };
  const open = checklist.tasks.filter((task) => task.status !== 'done');
  const next = open.reduce<IsoDate | null>((earliest, task) => (earliest === null || task.dueDate < earliest ? task.dueDate : earliest), null);
  const takenBy = new Set(open.flatMap((task) => (task.status === 'taken' && task.takenBy ? [task.takenBy] : [])));
  return { nextOpenDueDate: next, takenByIds: [...takenBy].sort() };
}
