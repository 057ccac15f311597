import { el } from './dom.js';
import { uniqueId, type Field } from './form-fields.js';
import { characterCountText, lengthAfterInsert, refusedInsertMessage } from './text-rules.js';

/**
 * Shows "n av høyst max tegn" under a control with `maxlength`, and refuses (with a message by the
 * field naming it as `label`, e.g. `Navnet`) a paste or drop that `maxlength` would otherwise cut
 * short without a word. Returns the field, so it can wrap `textField(…)` and `textArea(…)`.
 */
export function limitText<C extends HTMLInputElement | HTMLTextAreaElement>(field: Field<C>, label: string): Field<C> {
  const { control, wrapper } = field;
  const max = control.maxLength;
  if (max < 0) return field;
  const counter = el('p', { id: uniqueId('counter'), class: 'field-hint field-counter' });
  const count = (): void => void (counter.textContent = characterCountText(control.value.length, max));
  count();
  control.setAttribute('aria-describedby', `${control.getAttribute('aria-describedby') ?? ''} ${counter.id}`.trim());
  wrapper.append(counter);
  let refused = false;
  control.addEventListener('input', () => {
    count();
    if (refused) showError(field, undefined);
    refused = false;
  });
  const guard = (event: Event, inserted: string | undefined): void => {
    if (!inserted) return;
    const end = control.selectionEnd ?? control.value.length;
    const length = lengthAfterInsert(control.value, control.selectionStart ?? end, end, inserted);
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
