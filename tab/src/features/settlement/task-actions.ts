import { formatInstant, formatIsoDate } from '../../platform/display-date.js';
import type { Task, TaskAction } from './settlement-types.js';

/** Longest comment the API accepts. */
export const MAX_COMMENT_LENGTH = 1000;

/** A button offered for a task. */
export interface TaskActionButton {
  readonly action: Exclude<TaskAction, 'comment'>;
  readonly label: string;
  /** Longer accessible name, e.g. "Fullfør: Bolig klar". */
  readonly accessibleName: string;
}

/** What decides which actions a task offers. */
export interface TaskActionContext {
  /** The settlement is open and the unit's flow active. */
  readonly flowActive: boolean;
  /** The user may work in this unit (member, or coordinator/admin). */
  readonly canWork: boolean;
}

/**
 * The status buttons for a task: open → "Jeg tar den", "Fullfør"; taken → "Fullfør", and
 * "Frigi oppgaven" for the one who took it; done → "Gjenåpne". None when the flow is closed.
 */
export function taskActionButtons(task: Task, context: TaskActionContext): TaskActionButton[] {
  if (!context.flowActive || !context.canWork) return [];
  const button = (action: TaskActionButton['action'], label: string): TaskActionButton => ({
    action,
    label,
    accessibleName: `${label}: ${task.title}`,
  });
  switch (task.status) {
    case 'open':
      return [button('take', 'Jeg tar den'), button('complete', 'Fullfør')];
    case 'taken':
      return task.takenByMe === true
        ? [button('complete', 'Fullfør'), button('reopen', 'Frigi oppgaven')]
        : [button('complete', 'Fullfør')];
    case 'done':
      return [button('reopen', 'Gjenåpne')];
    default:
      return [];
  }
}

/** Whether the task can be commented on from the tab. */
export function canComment(context: TaskActionContext): boolean {
  return context.flowActive && context.canWork;
}

/** "Tatt av Kari Nordmann" / "Fullført av Per 05.03.2026 kl. 14:00" / the API's own status label. */
export function taskStatusText(task: Task): string {
  if (task.status === 'taken' && task.takenByName) return `${task.statusLabel} av ${task.takenByName}`;
  if (task.status === 'done' && task.completedByName) {
    const when = task.completedAt ? ` ${formatInstant(task.completedAt)}` : '';
    return `${task.statusLabel} av ${task.completedByName}${when}`;
  }
  return task.statusLabel;
}

/** "Frist 05.03.2026". */
export function dueText(task: Pick<Task, 'dueDate'>): string {
  return `Frist ${formatIsoDate(task.dueDate)}`;
}

/** A comment's trimmed text, or the Norwegian reason it cannot be sent. */
export function checkComment(
  text: string,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Skriv en kommentar før du sender.' };
  if (trimmed.length > MAX_COMMENT_LENGTH) return { ok: false, message: `Kommentaren kan være høyst ${MAX_COMMENT_LENGTH} tegn.` };
  return { ok: true, text: trimmed };
}

/** The Norwegian confirmation read out after an action succeeded. */
export function actionDoneMessage(action: TaskAction, title: string): string {
  const messages: Record<TaskAction, string> = {
    take: `Du har tatt oppgaven «${title}».`,
    complete: `Oppgaven «${title}» er fullført.`,
    reopen: `Oppgaven «${title}» er åpen igjen.`,
    comment: `Kommentaren er lagt til på «${title}».`,
  };
  return messages[action];
}
