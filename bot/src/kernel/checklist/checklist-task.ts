import type { IsoDate } from '../dates/iso-date.js';

/** `open` — nobody has it; `taken` — someone said "Jeg tar den"; `done` — completed. */
export type TaskStatus = 'open' | 'taken' | 'done';

/** Norwegian display names of the task statuses. */
export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, string>> = {
  open: 'Åpen',
  taken: 'Tatt',
  done: 'Fullført',
};

/** A comment on a task. Authors are Entra object ids; the edge resolves display names. */
export interface TaskComment {
  /** Caller-made id (e.g. from the card action), so a retried action adds the comment once. */
  readonly id: string;
  readonly authorId: string;
  /** ISO timestamp. */
  readonly at: string;
  readonly text: string;
}

/** One task of a checklist: a template task with a due date relative to the checklist's anchor date, and its progress. */
export interface ChecklistTask {
  /** The template task's id, unique within the checklist. */
  readonly taskId: string;
  readonly title: string;
  readonly description: string;
  readonly ownerRole: string;
  /** Days from the anchor date (e.g. a settlement's arrival); kept so the due date follows an edited anchor. */
  readonly dueOffsetDays: number;
  /** Anchor date plus {@link dueOffsetDays}. */
  readonly dueDate: IsoDate;
  readonly status: TaskStatus;
  /** Entra object id of who took it (set while `taken`, kept when completed). */
  readonly takenBy?: string;
  readonly takenAt?: string;
  /** Entra object id of who completed it (set while `done`). */
  readonly completedBy?: string;
  readonly completedAt?: string;
  /** Oldest first. */
  readonly comments: readonly TaskComment[];
}
