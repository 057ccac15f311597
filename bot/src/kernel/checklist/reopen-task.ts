import { userError } from '../domain-error.js';
import type { Checklist } from './checklist.js';
import { taskActionRefusal } from './task-permissions.js';
import { openedTask, updateTask, type TaskActionOptions } from './task-transition.js';

/**
 * Puts a task back to `open`: a completed task (by anyone), or a taken task released by the one
 * who took it. Reopening an open task changes nothing; releasing a task someone else has taken
 * throws DomainError('conflict').
 */
export function reopenTask<C extends Checklist>(checklist: C, taskId: string, options: TaskActionOptions): C {
  return updateTask(checklist, taskId, options.at, (task) => {
    const refusal = taskActionRefusal(task, 'reopen', options.actorId);
    if (refusal) throw userError('conflict', refusal);
    if (task.status === 'open') return task;
    return openedTask(task);
  });
}
