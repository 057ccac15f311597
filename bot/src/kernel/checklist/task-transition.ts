import { userError } from '../domain-error.js';
import type { Checklist } from './checklist.js';
import type { ChecklistTask } from './checklist-task.js';
import { findTask } from './find-task.js';

/** Who acts on a task, and when. */
export interface TaskActionOptions {
  /** Entra object id of the user. */
  readonly actorId: string;
  /** ISO timestamp. */
  readonly at: string;
}

/** Norwegian refusal for a change to a closed checklist. */
export const CLOSED_CHECKLIST_MESSAGE = 'Oppgavelisten er avsluttet, så oppgavene kan ikke endres lenger';

/**
 * Applies `change` to one task of an active checklist. When `change` returns the task unchanged (a
 * repeated action), the same checklist object is returned, so the caller can skip the write.
 * Throws DomainError('conflict') for a closed checklist, ('invalid-input') for an unknown task.
 */
export function updateTask<C extends Checklist>(
  checklist: C,
  taskId: string,
  at: string,
  change: (task: ChecklistTask) => ChecklistTask,
): C {
  if (checklist.status !== 'active') {
    throw userError('conflict', CLOSED_CHECKLIST_MESSAGE);
  }
  const task = findTask(checklist, taskId);
  const changed = change(task);
  if (changed === task) {
    return checklist;
  }
  return {
    ...checklist,
    tasks: checklist.tasks.map((candidate) => (candidate.taskId === taskId ? changed : candidate)),
    updatedAt: at,
  };
}

/** A task back in the `open` state, without taker or completion. */
export function openedTask(task: ChecklistTask): ChecklistTask {
  const { takenBy: _takenBy, takenAt: _takenAt, completedBy: _completedBy, completedAt: _completedAt, ...rest } = task;
  return { ...rest, status: 'open' };
}
