import { userError } from '../domain-error.js';
import type { Checklist } from './checklist.js';
import type { ChecklistTask } from './checklist-task.js';

/** The task with the id; throws DomainError('invalid-input') for an id the checklist does not have. */
export function findTask(checklist: Checklist, taskId: string): ChecklistTask {
  const task = checklist.tasks.find((candidate) => candidate.taskId === taskId);
  if (task === undefined) {
    throw userError('invalid-input', 'Oppgaven finnes ikke i listen');
  }
  return task;
}
