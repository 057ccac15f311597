import type { Checklist } from './checklist.js';
import type { ChecklistTask } from './checklist-task.js';

/** What a person can do to a task. `reopen` both reopens a done task and releases a taken one. */
export type TaskAction = 'take' | 'complete' | 'reopen' | 'comment';

/** Who looks at or acts on a task. */
export interface TaskViewer {
  /** Entra object id; absent for a card everyone sees (posted by the bot, not refreshed per person). */
  readonly id?: string;
  /** The viewer may work this checklist at all (member of the unit, the adviser, …). */
  readonly mayWork: boolean;
}

/**
 * Why `actorId` may not do `action` on the task now, or `undefined` when it is allowed. Repeating
 * one's own action (taking a task one has, completing one's own completed task, reopening an open
 * task) is allowed: the transition then changes nothing.
 */
export function taskActionRefusal(task: ChecklistTask, action: TaskAction, actorId: string): string | undefined {
  switch (action) {
    case 'take':
      if (task.status === 'done') return 'Oppgaven er allerede fullført';
      if (task.status === 'taken' && task.takenBy !== actorId) return 'Oppgaven er allerede tatt av en annen';
      return undefined;
    case 'complete':
      return task.status === 'done' && task.completedBy !== actorId ? 'Oppgaven er allerede fullført av en annen' : undefined;
    case 'reopen':
      return task.status === 'taken' && task.takenBy !== actorId
        ? 'Oppgaven er tatt av en annen og kan bare frigis av den som tok den'
        : undefined;
    case 'comment':
      return undefined;
  }
}

/** The buttons a viewer is offered on a task: each changes something and is allowed. */
export interface OfferedTaskActions {
  /** "Jeg tar den". */
  readonly take: boolean;
  /** "Fullfør". */
  readonly complete: boolean;
  /** "Gjenåpne" (a done task). */
  readonly reopen: boolean;
  /** "Frigi oppgaven" (a task the viewer took). */
  readonly release: boolean;
  readonly comment: boolean;
}

const NONE: OfferedTaskActions = { take: false, complete: false, reopen: false, release: false, comment: false };

/**
 * The one rule for which actions a viewer may take on a task; the domain transitions refuse what
 * it does not offer ({@link taskActionRefusal}), and the card and the tab show only what it offers.
 */
export function offeredTaskActions(checklist: Pick<Checklist, 'status'>, task: ChecklistTask, viewer: TaskViewer): OfferedTaskActions {
  if (checklist.status !== 'active' || !viewer.mayWork) return NONE;
  const mine = viewer.id !== undefined && task.takenBy === viewer.id;
  return {
    take: task.status === 'open',
    complete: task.status !== 'done',
    reopen: task.status === 'done',
    release: task.status === 'taken' && mine,
    comment: true,
  };
}
