import { DomainError } from '../domain-error.js';
import { updateTask, type TaskActionOptions } from './task-transition.js';
import type { UnitFlow } from '../../features/settlement/domain/unit-flow.js';

/**
 * Completes an open or taken task (anyone in the unit may complete a task someone else took).
 * Completing one's own completed task again changes nothing; a task completed by someone else
 * throws DomainError('conflict') (a stale card).
 */
export function completeTask(flow: UnitFlow, taskId: string, options: TaskActionOptions): UnitFlow {
  return updateTask(flow, taskId, options.at, (task) => {
    if (task.status === 'done') {
      if (task.completedBy === options.actorId) {
        return task;
      }
      throw new DomainError('conflict', 'Oppgaven er allerede fullført av en annen');
    }
    return { ...task, status: 'done', completedBy: options.actorId, completedAt: options.at };
  });
}
