import { formatInstant, formatIsoDate } from '../../platform/display-date.js';
import { textProblem } from '../../platform/text-rules.js';
import type { Task } from '../../../../contract/settlement-view.js';
import type { TaskAction } from '../../../../contract/settlement.js';

/** Longest comment the API accepts (bot/src/kernel/checklist/comment-task.ts). */
export const MAX_COMMENT_LENGTH = 1000;

/**
 * The words for a task's actions and marks; the unit's Adaptive Card uses the same ones
 * (`tests/contract/card-tab-wording.test.ts` compares them with the card template).
 */
export const TASK_WORDS = {
  take: 'Jeg tar den',
  complete: 'Fullfør',
  release: 'Frigi oppgaven',
  reopen: 'Gjenåpne',
  comment: 'Kommenter',
  sendComment: 'Send kommentar',
  overdue: 'Forfalt',
  ownerRole: 'Ansvarlig',
  /** Shown with every comment field: comments are read by the whole unit and are not in the secure zone. */
  commentWarning: 'Ikke skriv navn, fødselsdatoer eller helseopplysninger.',
} as const;

/** A button offered for a task. */
export interface TaskActionButton {
  readonly action: Exclude<TaskAction, 'comment'>;
  readonly label: string;
  /** Longer accessible name, e.g. "Fullfør: Bolig klar". */
  readonly accessibleName: string;
}

/**
 * The status buttons for a task, as the server offers them (`task.actions`, from the same rule the
 * card and the domain use): "Jeg tar den", "Fullfør", "Frigi oppgaven" for the one who took it,
 * and "Gjenåpne" for a done task.
 */
export function taskActionButtons(task: Task): TaskActionButton[] {
  const button = (action: TaskActionButton['action'], label: string): TaskActionButton => ({
    action,
    label,
    accessibleName: `${label}: ${task.title}`,
  });
  const offered = task.actions;
  return [
    ...(offered.take ? [button('take', TASK_WORDS.take)] : []),
    ...(offered.complete ? [button('complete', TASK_WORDS.complete)] : []),
    ...(offered.release ? [button('reopen', TASK_WORDS.release)] : []),
    ...(offered.reopen ? [button('reopen', TASK_WORDS.reopen)] : []),
  ];
}

/** Whether the task can be commented on from the tab. */
export function canComment(task: Task): boolean {
  return task.actions.comment;
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

/** A comment's trimmed text, or the Norwegian reason it cannot be sent (the server's, for a text it would refuse). */
export function checkComment(
  text: string,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Skriv en kommentar før du sender.' };
  const problem = textProblem(text, { label: 'Kommentaren', max: MAX_COMMENT_LENGTH, multiLine: true });
  return problem ? { ok: false, message: problem } : { ok: true, text: trimmed };
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
