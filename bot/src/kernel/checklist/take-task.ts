import { DomainError } from '../domain-error.js';
import { updateTask, type TaskActionOptions } from './task-transition.js';
import type { UnitFlow } from '../../features/settlement/domain/unit-flow.js';

/**
 * "Jeg tar den": the actor takes an open task. Taking one's own task again changes nothing.
 * Throws DomainError('conflict') when someone else has it or it is done.
 */
export function takeTask(flow: UnitFlow, taskId: string, options: TaskActionOptions): UnitFlow {
  return updateTask(flow, taskId, options.at, (task) => {
    if (task.status === 'done') {
      throw new DomainError('conflict', 'Oppgaven er allerede fullført');
    }
    if (task.status === 'taken') {
      if (task.takenBy === options.actorId) {
        return task;
      }
      throw new DomainError('conflict', 'Oppgaven er allerede tatt av en annen');
    }
    return { ...task, status: 'taken', takenBy: options.actorId, takenAt: options.at };
  });
}
