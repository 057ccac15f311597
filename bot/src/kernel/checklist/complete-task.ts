import { userError } from '../domain-error.js';
import type { Checklist } from './checklist.js';
import { taskActionRefusal } from './task-permissions.js';
import { updateTask, type TaskActionOptions } from './task-transition.js';

/**
 * Completes an open or taken task (anyone in the unit may complete a task someone else took).
 * Completing one's own completed task again changes nothing; a task completed by someone else
 * throws DomainError('conflict') (a stale card).
 */
export function completeTask<C extends Checklist>(checklist: C, taskId: string, options: TaskActionOptions): C {
  return updateTask(checklist, taskId, options.at, (task) => {
    const refusal = taskActionRefusal(task, 'complete', options.actorId);
    if (refusal) throw userError('conflict', refusal);
    if (task.status === 'done') return task;
    return { ...task, status: 'done', completedBy: options.actorId, completedAt: options.at };
  });
}
