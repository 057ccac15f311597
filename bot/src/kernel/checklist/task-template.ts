/** A task as a template defines it: what to do, who owns it, and when, in days from an anchor date. */
export interface TaskTemplate {
  /** Unique within its template; becomes the task's `taskId`. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The role expected to do it (a {@link Role} or a unit's own role name). */
  readonly ownerRole: string;
  /** Days after the anchor date the task is due (negative: before it). */
  readonly dueOffsetDays: number;
}
