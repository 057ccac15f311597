import { DomainError } from '../domain-error.js';
import { openedTask, updateTask, type TaskActionOptions } from './task-transition.js';
import type { UnitFlow } from '../../features/settlement/domain/unit-flow.js';

/**
 * Puts a task back to `open`: a completed task (by anyone), or a taken task released by the one
 * who took it. Reopening an open task changes nothing; releasing a task someone else has taken
 * throws DomainError('conflict').
 */
export function reopenTask(flow: UnitFlow, taskId: string, options: TaskActionOptions): UnitFlow {
  return updateTask(flow, taskId, options.at, (task) => {
    if (task.status === 'open') {
      return task;
    }
    if (task.status === 'taken' && task.takenBy !== options.actorId) {
      throw new DomainError('conflict', 'Oppgaven er tatt av en annen og kan bare frigis av den som tok den');
    }
    return openedTask(task);
  });
}
