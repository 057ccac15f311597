import { userError } from '../domain-error.js';
import type { Checklist } from './checklist.js';
import { taskActionRefusal } from './task-permissions.js';
import { updateTask, type TaskActionOptions } from './task-transition.js';

/**
 * "Jeg tar den": the actor takes an open task. Taking one's own task again changes nothing.
 * Throws DomainError('conflict') when someone else has it or it is done.
 */
export function takeTask<C extends Checklist>(checklist: C, taskId: string, options: TaskActionOptions): C {
  return updateTask(checklist, taskId, options.at, (task) => {
    const refusal = taskActionRefusal(task, 'take', options.actorId);
    if (refusal) throw userError('conflict', refusal);
    if (task.status === 'taken') return task;
    return { ...task, status: 'taken', takenBy: options.actorId, takenAt: options.at };
  });
}
