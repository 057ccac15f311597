import { DomainError } from '../domain-error.js';
import type { FlowTask } from './checklist-task.js';
import { findTask, type UnitFlow } from '../../features/settlement/domain/unit-flow.js';

/** Who acts on a task, and when. */
export interface TaskActionOptions {
  /** Entra object id of the user. */
  readonly actorId: string;
  /** ISO timestamp. */
  readonly at: string;
}

/**
 * Applies `change` to one task of an active flow. When `change` returns the task unchanged (a
 * repeated action), the same flow object is returned, so the caller can skip the write.
 * Throws DomainError('conflict') for a closed flow, ('invalid-input') for an unknown task.
 */
export function updateTask(flow: UnitFlow, taskId: string, at: string, change: (task: FlowTask) => FlowTask): UnitFlow {
  if (flow.status !== 'active') {
    throw new DomainError('conflict', 'Flyten er avsluttet fordi bosettingen er avlyst eller ikke lenger gjelder enheten');
  }
  const task = findTask(flow, taskId);
  const changed = change(task);
  if (changed === task) {
    return flow;
  }
  return {
    ...flow,
    tasks: flow.tasks.map((candidate) => (candidate.taskId === taskId ? changed : candidate)),
    updatedAt: at,
  };
}

/** A task back in the `open` state, without taker or completion. */
export function openedTask(task: FlowTask): FlowTask {
  const { takenBy: _takenBy, takenAt: _takenAt, completedBy: _completedBy, completedAt: _completedAt, ...rest } = task;
  return { ...rest, status: 'open' };
}
