import { userMessageFor } from '../../../platform/api-error.js';
import { formatInstant } from '../../../platform/display-date.js';
import { el, type ButtonElement } from '../../../platform/dom.js';
import { textArea } from '../../../platform/form-fields.js';
import { marker, whileBusy } from '../../../platform/markers.js';
import { limitText } from '../../../platform/text-limit.js';
import type { Task } from '../../../../../contract/settlement-view.js';
import type { TaskAction } from '../../../../../contract/settlement.js';
import { MAX_COMMENT_LENGTH, canComment, checkComment, dueText, taskActionButtons, taskStatusText } from '../task-actions.js';

/** Options for {@link taskItem}. */
export interface TaskItemOptions {
  readonly unitId: string;
  readonly task: Task;
  /** Runs an action; a thrown error is shown by the task. */
  readonly onAction: (action: TaskAction, text?: string) => Promise<void>;
  /** A message to show from the start (e.g. after a conflict reloaded the settlement). */
  readonly error?: string;
}

/** One task of a unit's flow: status, due date, overdue marker, comments and the action buttons. */
export function taskItem(options: TaskItemOptions): HTMLElement {
  const { unitId, task } = options;
  const key = `${unitId}-${task.taskId}`;
  const headingId = `task-${key}-title`;
  const error = el('p', { class: 'inline-error', role: 'alert', 'data-testid': `task-error-${key}` }, options.error ?? '');
  const run = async (button: ButtonElement, action: TaskAction, text?: string): Promise<void> => {
    error.textContent = '';
    try {
      await whileBusy(button, () => options.onAction(action, text));
    } catch (failure) {
      error.textContent = userMessageFor(failure);
    }
  };
  const buttons = taskActionButtons(task).map((spec) => {
    const button = el(
      'fluent-button',
      { type: 'button', appearance: 'secondary', 'aria-label': spec.accessibleName, 'data-testid': `task-action-${spec.action}-${key}` },
      spec.label,
    );
    button.addEventListener('click', () => void run(button, spec.action));
    return button;
  });
  const comment = canComment(task) ? commentControls(key, task.title, run, error) : [];
  const classes = ['task', task.overdue ? 'is-overdue' : '', task.status === 'done' ? 'is-done' : ''].filter(Boolean).join(' ');
  return el(
    'li',
    { class: classes, 'data-testid': `task-${key}`, 'data-status': task.status, tabindex: '-1', 'aria-labelledby': headingId },
    el('h4', { id: headingId }, task.title),
    task.description ? el('p', { class: 'task-description' }, task.description) : null,
    el(
      'p',
      { class: 'task-meta' },
      el('span', {}, `Ansvarlig: ${task.ownerRoleLabel}`),
      el('span', {}, dueText(task)),
      el(
        'span',
        { 'data-testid': `task-status-${key}` },
        task.status === 'done' ? marker('done', taskStatusText(task)) : taskStatusText(task),
      ),
      task.overdue ? marker('overdue', 'Forfalt', `task-overdue-${key}`) : null,
    ),
    comments(task),
    buttons.length > 0 || comment.length > 0 ? el('div', { class: 'task-actions' }, ...buttons, ...comment.slice(0, 1)) : null,
    ...comment.slice(1),
    error,
  );
}

function comments(task: Task): HTMLElement | null {
  if (task.comments.length === 0) return null;
  return el(
    'details',
    { class: 'task-comments', open: task.comments.length <= 3 },
    el('summary', {}, task.comments.length === 1 ? '1 kommentar' : `${task.comments.length} kommentarer`),
    el(
      'ul',
      {},
      ...task.comments.map((c) =>
        el(
          'li',
          {},
          el('p', { class: 'comment-meta' }, el('strong', {}, c.authorName), ' · ', el('time', { datetime: c.at }, formatInstant(c.at))),
          el('p', {}, c.text),
        ),
      ),
    ),
  );
}

/** The "Kommenter" toggle and the hidden form it opens; returns [toggle, form]. */
function commentControls(
  key: string,
  title: string,
  run: (button: ButtonElement, action: TaskAction, text?: string) => Promise<void>,
  error: HTMLElement,
): HTMLElement[] {
  const formId = `task-comment-form-${key}`;
  const toggle = el(
    'fluent-button',
    {
      type: 'button',
      appearance: 'secondary',
      'aria-expanded': 'false',
      'aria-controls': formId,
      'data-testid': `task-action-comment-${key}`,
    },
    'Kommenter',
  );
  // The counter under the box shows the limit, so the hint need not repeat it.
  const field = limitText(
    textArea({
      testId: `task-comment-text-${key}`,
      label: `Kommentar til «${title}»`,
      hint: 'Ikke skriv navn eller andre personopplysninger.',
      value: '',
      rows: 3,
      maxLength: MAX_COMMENT_LENGTH,
    }),
    'Kommentaren',
  );
  const send = el(
    'fluent-button',
    { type: 'submit', appearance: 'primary', 'data-testid': `task-comment-submit-${key}` },
    'Send kommentar',
  );
  const cancel = el('fluent-button', { type: 'button', appearance: 'secondary' }, 'Avbryt');
  const form = el(
    'form',
    { id: formId, class: 'comment-form', hidden: true },
    field.wrapper,
    el('div', { class: 'task-actions' }, send, cancel),
  );
  const setOpen = (open: boolean): void => {
    form.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    (open ? field.control : toggle).focus();
  };
  toggle.addEventListener('click', () => setOpen(form.hidden));
  cancel.addEventListener('click', () => setOpen(false));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const checked = checkComment(field.control.value);
    if (!checked.ok) {
      error.textContent = checked.message;
      field.control.focus();
      return;
    }
    void run(send, 'comment', checked.text);
  });
  return [toggle, form];
}
