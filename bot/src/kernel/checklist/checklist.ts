import type { ChecklistTask } from './checklist-task.js';

/** `active` while people work it; `closed` when its subject ended (nothing can change then). */
export type ChecklistStatus = 'active' | 'closed';

/**
 * Anything that holds tasks people take, complete, reopen and comment: a unit's routine flow, an
 * adviser's routine, a meeting's follow-ups. Capability-free; features extend it with their ids.
 */
export interface Checklist {
  readonly status: ChecklistStatus;
  readonly tasks: readonly ChecklistTask[];
  /** ISO timestamp of the last change. */
  readonly updatedAt: string;
}
