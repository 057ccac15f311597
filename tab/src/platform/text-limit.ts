import { el } from './dom.js';
import type { TextareaElement, TextInputElement } from './fluent/field-controls.js';
import { nativeTextControl } from './fluent/native-control.js';
import { fieldMessages, uniqueId, type Field } from './form-fields.js';
import { characterCountText, lengthAfterInsert, refusedInsertMessage } from './text-rules.js';

/**
 * Shows "n av høyst max tegn" under a control with `maxlength`, and refuses (with a message by the
 * field naming it as `label`, e.g. `Navnet`) a paste or drop that `maxlength` would otherwise cut
 * short without a word. Returns the field, so it can wrap `textField(…)` and `textArea(…)`.
 */
export function limitText<C extends TextInputElement | TextareaElement>(field: Field<C>, label: string): Field<C> {
  const { control } = field;
  const max = Number(control.getAttribute('maxlength') ?? -1);
  if (!(max >= 0)) return field;
  const counter = el('p', { id: uniqueId('counter'), class: 'field-hint field-counter' });
  const count = (): void => void (counter.textContent = characterCountText(control.value.length, max));
  count();
  control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') ?? ''} ${counter.id}`.trim());
  fieldMessages(field).append(counter);
  let refused = false;
  control.addEventListener('input', () => {
    count();
    if (refused) showError(field, undefined);
    refused = false;
  });
  const guard = (event: Event, inserted: string | undefined): void => {
    if (!inserted) return;
    // The selection lives on the native <input>/<textarea> inside the Fluent control.
    const native = nativeTextControl(control);
    const end = native?.selectionEnd ?? control.value.length;
    const length = lengthAfterInsert(control.value, native?.selectionStart ?? end, end, inserted);
    if (length <= max) return;
    event.preventDefault();
    showError(field, refusedInsertMessage(label, max, length));
    refused = true;
  };
  // Typed through HTMLElement: the generic control type hides the paste and drop event types.
  const element: HTMLElement = control;
  element.addEventListener('paste', (event) => guard(event, event.clipboardData?.getData('text/plain')));
  element.addEventListener('drop', (event) => guard(event, event.dataTransfer?.getData('text/plain')));
  return field;
}

/** Puts the message in the field's error slot, as the form's own checks do (or empties it when undefined). */
function showError(field: Field<HTMLElement>, message: string | undefined): void {
  const slot = field.wrapper.querySelector<HTMLElement>(`#${CSS.escape(field.control.getAttribute('data-error-id') ?? '')}`);
  if (!slot) return;
  if (message === undefined) field.control.removeAttribute('aria-invalid');
  else field.control.setAttribute('aria-invalid', 'true');
  slot.textContent = message ?? '';
  slot.hidden = message === undefined;
}
