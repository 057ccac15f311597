import type { ApiClient } from '../../../platform/api-client.js';
import { invalidResponseError } from '../../../platform/api-error.js';
import {
  addTask,
  checkRoutineDrafts,
  describeOffset,
  draftsFromTasks,
  moveTask,
  removeTask,
  tasksForSave,
  ROUTINE_LIMITS,
  type RoutineTaskDraft,
} from './routine-draft.js';
import type { RoutineTasksRequest, RoutineTemplateResponse, RoutineTemplateView } from '../../../../../contract/admin.js';
import { el, type ButtonElement } from '../../../platform/dom.js';
import { FormErrors } from '../../../platform/form-errors.js';
import { textArea, textField, uniqueId } from '../../../platform/form-fields.js';
import { announce, statusRegion, whileBusy } from '../../../platform/markers.js';
import { limitText } from '../../../platform/text-limit.js';

/** The editor for one unit's tasks: add, remove, reorder, save. */
export class RoutineEditor {
  readonly element = el('form', { class: 'panel', 'data-testid': 'routine-form', novalidate: true });
  private readonly list = el('ol', { class: 'routine-list' });
  private readonly errors = new FormErrors(this.element);
  private readonly status = statusRegion('routine-status');
  private readonly ownerRoles = uniqueId('owner-roles');
  private drafts: RoutineTaskDraft[];
  /** The tasks as last loaded or saved, to tell whether anything was changed. */
  private saved: string;

  constructor(
    private readonly api: ApiClient,
    private readonly template: RoutineTemplateView,
  ) {
    this.drafts = draftsFromTasks(template.tasks);
    this.saved = JSON.stringify(this.drafts);
    const add = el('fluent-button', { type: 'button', appearance: 'secondary', 'data-testid': 'add-task' }, 'Legg til oppgave');
    const save = el('fluent-button', { type: 'submit', appearance: 'primary', 'data-testid': 'save-routine' }, 'Lagre rutinen');
    add.addEventListener('click', () => {
      this.drafts = addTask(this.drafts);
      this.draw(`routine-task-${this.drafts.length}-title`);
    });
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      void whileBusy(save, () => this.save());
    });
    const roles = [...new Set(template.tasks.map((t) => t.ownerRole))].sort((a, b) => a.localeCompare(b, 'nb'));
    this.element.append(
      el('h2', {}, `Rutine for ${template.unitName}`),
      this.errors.element,
      this.list,
      el('datalist', { id: this.ownerRoles }, ...roles.map((role) => el('option', { value: role }))),
      this.status,
      el('div', { class: 'form-actions' }, add, save),
    );
    this.draw();
  }

  /** Whether a task was added, removed, moved or changed since the routine was loaded or saved. */
  isDirty(): boolean {
    return JSON.stringify(this.drafts) !== this.saved;
  }

  private draw(focusTestId?: string): void {
    this.list.replaceChildren(...this.drafts.map((draft, index) => this.taskElement(draft, index)));
    if (focusTestId) this.list.querySelector<HTMLElement>(`[data-testid="${CSS.escape(focusTestId)}"]`)?.focus();
  }

  private update(index: number, patch: Partial<RoutineTaskDraft>): void {
    this.drafts = this.drafts.map((draft, i) => (i === index ? { ...draft, ...patch } : draft));
  }

  private taskElement(draft: RoutineTaskDraft, index: number): HTMLElement {
    const n = index + 1;
    const title = limitText(
      textField({
        testId: `routine-task-${n}-title`,
        label: 'Tittel',
        value: draft.title,
        required: true,
        maxLength: ROUTINE_LIMITS.maxTitle,
      }),
      'Tittel',
    );
    title.control.addEventListener('input', () => this.update(index, { title: title.control.value }));
    const description = limitText(
      textArea({
        testId: `routine-task-${n}-description`,
        label: 'Beskrivelse',
        hint: 'Hva betyr det at oppgaven er gjort?',
        value: draft.description,
        rows: 2,
        maxLength: ROUTINE_LIMITS.maxDescription,
      }),
      'Beskrivelse',
    );
    description.control.addEventListener('input', () => this.update(index, { description: description.control.value }));
    const owner = limitText(
      textField({
        testId: `routine-task-${n}-owner-role`,
        label: 'Ansvarlig rolle',
        value: draft.ownerRole,
        required: true,
        maxLength: ROUTINE_LIMITS.maxOwnerRole,
        list: this.ownerRoles,
      }),
      'Ansvarlig rolle',
    );
    owner.control.addEventListener('input', () => this.update(index, { ownerRole: owner.control.value }));
    const offset = textField({
      testId: `routine-task-${n}-due-offset`,
      label: 'Frist (dager fra ankomst)',
      hint: 'Negativt tall = før ankomst, 0 = ankomstdagen.',
      value: draft.dueOffsetDays,
      required: true,
      maxLength: 5,
      inputMode: 'numeric',
    });
    const offsetText = el('p', { class: 'field-hint', 'data-testid': `routine-task-${n}-due-text` }, describeOffset(draft.dueOffsetDays));
    offset.control.addEventListener('input', () => {
      this.update(index, { dueOffsetDays: offset.control.value });
      offsetText.textContent = describeOffset(offset.control.value);
    });
    const button = (text: string, testId: string, label: string, disabled: boolean, act: () => void): ButtonElement => {
      const b = el(
        'fluent-button',
        { type: 'button', appearance: 'secondary', 'data-testid': testId, 'aria-label': label, disabled },
        text,
      );
      b.addEventListener('click', act);
      return b;
    };
    const name = draft.title.trim() || `oppgave ${n}`;
    return el(
      'li',
      {},
      el(
        'fieldset',
        { class: 'routine-task' },
        el('legend', {}, `Oppgave ${n}`),
        el('div', { class: 'field-row' }, title.wrapper, owner.wrapper, el('div', {}, offset.wrapper, offsetText)),
        description.wrapper,
        el(
          'div',
          { class: 'task-actions' },
          button('Flytt opp', `routine-task-${n}-up`, `Flytt opp: ${name}`, index === 0, () => this.move(index, -1)),
          button('Flytt ned', `routine-task-${n}-down`, `Flytt ned: ${name}`, index === this.drafts.length - 1, () => this.move(index, 1)),
          button('Fjern', `routine-task-${n}-remove`, `Fjern: ${name}`, false, () => this.remove(index, name)),
        ),
      ),
    );
  }

  private move(index: number, delta: -1 | 1): void {
    this.drafts = moveTask(this.drafts, index, delta);
    const n = index + delta + 1;
    // Focus follows the task; at the ends the button is disabled, so focus the other one.
    const edge = (delta === -1 && n === 1) || (delta === 1 && n === this.drafts.length);
    this.draw(`routine-task-${n}-${edge ? (delta === -1 ? 'down' : 'up') : delta === -1 ? 'up' : 'down'}`);
    announce(this.status, `Oppgaven er flyttet til plass ${n}.`);
  }

  private remove(index: number, name: string): void {
    this.drafts = removeTask(this.drafts, index);
    this.draw();
    this.element.querySelector<HTMLElement>('[data-testid="add-task"]')?.focus();
    announce(this.status, `«${name}» er fjernet. Husk å lagre.`);
  }

  private async save(): Promise<void> {
    const problems = checkRoutineDrafts(this.drafts);
    if (problems.length > 0) return this.errors.showFieldErrors(problems);
    this.errors.clear();
    try {
      const reply = (await this.api.put(`/api/routine-templates/${encodeURIComponent(this.template.unitId)}`, {
        tasks: tasksForSave(this.drafts),
      } satisfies RoutineTasksRequest)) as Partial<RoutineTemplateResponse> | undefined;
      if (!Array.isArray(reply?.template?.tasks)) throw invalidResponseError(200);
      this.drafts = draftsFromTasks(reply.template.tasks);
      this.saved = JSON.stringify(this.drafts);
      this.draw();
      announce(this.status, `Rutinen for ${this.template.unitName} er lagret.`);
    } catch (error) {
      this.errors.showFailure(error);
    }
  }
}
