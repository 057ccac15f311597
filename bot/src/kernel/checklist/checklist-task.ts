import type { IsoDate } from '../dates/iso-date.js';

/** `open` — nobody has it; `taken` — someone said "Jeg tar den"; `done` — completed. */
export type FlowTaskStatus = 'open' | 'taken' | 'done';

/** Norwegian display names of the task statuses. */
export const FLOW_TASK_STATUS_LABELS: Readonly<Record<FlowTaskStatus, string>> = {
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

/** One task of a unit's flow: the template's task with a due date and its progress. */
export interface FlowTask {
  /** The template task's id, unique within the flow. */
  readonly taskId: string;
  readonly title: string;
  readonly description: string;
  readonly ownerRole: string;
  /** Kept so the due date can be recomputed when the arrival date is edited. */
  readonly dueOffsetDays: number;
  /** Arrival date plus {@link dueOffsetDays}. */
  readonly dueDate: IsoDate;
  readonly status: FlowTaskStatus;
  /** Entra object id of who took it (set while `taken`, kept when completed). */
  readonly takenBy?: string;
  readonly takenAt?: string;
  /** Entra object id of who completed it (set while `done`). */
  readonly completedBy?: string;
  readonly completedAt?: string;
  /** Oldest first. */
  readonly comments: readonly TaskComment[];
}
