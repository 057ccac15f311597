import { userMessageFor } from './api-error.js';
import { el } from './dom.js';
import type { FieldError } from './field-error.js';

/** An error summary at the top of a form, with inline messages next to the fields it names. */
export class FormErrors {
  /** Put this at the top of the form. */
  readonly element = el('div', { class: 'error-summary', role: 'alert', tabindex: '-1', 'data-testid': 'form-errors', hidden: true });

  constructor(private readonly form: HTMLElement) {
    // A field's own message goes as soon as it is edited; the summary stays until the next attempt.
    const forget = (event: Event): void => this.clearField(event.target);
    form.addEventListener('input', forget);
    form.addEventListener('change', forget);
  }

  /** Shows the field errors: a linked summary (focused) and a message by each field. */
  showFieldErrors(errors: readonly FieldError[]): void {
    this.clear();
    if (errors.length === 0) return;
    const items = errors.map((error) => {
      const jump = el('button', { type: 'button', class: 'link-button' }, error.message);
      jump.addEventListener('click', () => this.controlFor(error.field)?.focus());
      return el('li', {}, jump);
    });
    for (const error of errors) this.markField(error.field, error.message);
    this.show(el('h2', {}, 'Rett opp dette før du lagrer:'), el('ul', {}, ...items));
  }

  /** Shows a failure from the server (its Norwegian message), with extra controls such as "Last inn på nytt". */
  showFailure(error: unknown, ...extra: Node[]): void {
    this.clear();
    this.show(el('h2', {}, 'Ikke lagret'), el('p', {}, userMessageFor(error)), ...extra);
  }

  /** Hides the summary and every inline message. */
  clear(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
    for (const control of this.form.querySelectorAll('[aria-invalid="true"]')) control.removeAttribute('aria-invalid');
    for (const message of this.form.querySelectorAll<HTMLElement>('.field-error')) {
      message.textContent = '';
      message.hidden = true;
    }
  }

  private clearField(target: EventTarget | null): void {
    if (!(target instanceof HTMLElement)) return;
    const control = target.closest<HTMLElement>('[aria-invalid="true"]');
    if (!control) return;
    control.removeAttribute('aria-invalid');
    const slot = this.form.querySelector<HTMLElement>(`#${CSS.escape(control.getAttribute('data-error-id') ?? '')}`);
    if (slot) {
      slot.textContent = '';
      slot.hidden = true;
    }
  }

  private show(...children: Node[]): void {
    this.element.replaceChildren(...children);
    this.element.hidden = false;
    this.element.focus();
  }

  private markField(testId: string, message: string): void {
    const control = this.form.querySelector<HTMLElement>(`[data-testid="${CSS.escape(testId)}"]`);
    const slot = control && this.form.querySelector<HTMLElement>(`#${CSS.escape(control.getAttribute('data-error-id') ?? '')}`);
    if (!control || !slot) return;
    control.setAttribute('aria-invalid', 'true');
    slot.textContent = slot.textContent ? `${slot.textContent} ${message}` : message;
    slot.hidden = false;
  }

  private controlFor(testId: string): HTMLElement | null {
    const target = this.form.querySelector<HTMLElement>(`[data-testid="${CSS.escape(testId)}"]`);
    if (target instanceof HTMLFieldSetElement)
      return target.querySelector<HTMLElement>(
        'fluent-checkbox, fluent-text-input, fluent-textarea, fluent-dropdown, input, select, textarea, button',
      );
    return target;
  }
}
