import { el } from './dom.js';
import { describeControl } from './fluent/describe-control.js';
import {
  fluentCheckbox,
  fluentDropdown,
  fluentTextarea,
  fluentTextInput,
  type CheckboxElement,
  type DropdownElement,
  type TextareaElement,
  type TextInputElement,
} from './fluent/field-controls.js';

let nextId = 0;

/** A page-unique id for label/hint/error wiring. */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** What every labelled control has. */
export interface FieldOptions {
  /** `data-testid` of the control; also the key form errors use. */
  readonly testId: string;
  readonly label: string;
  /** Short help shown under the label and read with the control. */
  readonly hint?: string;
  readonly required?: boolean;
  /** Keep the label for screen readers only (e.g. in a table whose column header says the same). */
  readonly hideLabel?: boolean;
}

/**
 * A control inside its `.field` wrapper: a `fluent-field` with the label above, the control, and a
 * message row under it (hint, error, counter). The error row keeps its height when empty, and the
 * control takes the field's width, so nothing moves or resizes when an error appears.
 */
export interface Field<C extends HTMLElement> {
  readonly wrapper: HTMLElement;
  readonly control: C;
}

/** Options for {@link textField}. */
export interface TextFieldOptions extends FieldOptions {
  readonly value: string;
  readonly maxLength?: number;
  /** `datalist` id with suggestions. */
  readonly list?: string;
  readonly inputMode?: string;
  readonly placeholder?: string;
}

/** A labelled one-line text input (`fluent-text-input`). */
export function textField(options: TextFieldOptions): Field<TextInputElement> {
  return wrap(fluentTextInput(options.value, options), options);
}

/** Options for {@link textArea}. */
export interface TextAreaOptions extends FieldOptions {
  readonly value: string;
  readonly maxLength?: number;
  readonly rows?: number;
}

/** A labelled multi-line text input (`fluent-textarea`). */
export function textArea(options: TextAreaOptions): Field<TextareaElement> {
  return wrap(fluentTextarea(options.value, options), options);
}

/** Options for {@link selectField}. */
export interface SelectFieldOptions extends FieldOptions {
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

/** A labelled dropdown (`fluent-dropdown`); a current value missing from the options is kept as an extra option. */
export function selectField(options: SelectFieldOptions): Field<DropdownElement> {
  const choices = options.options.some((o) => o.value === options.value)
    ? options.options
    : [...options.options, { value: options.value, label: options.value }];
  return wrap(fluentDropdown(options.value, choices), options);
}

/** A checkbox with its label after it (`fluent-checkbox`). */
export function checkbox(options: Omit<FieldOptions, 'required'> & { readonly checked: boolean }): Field<CheckboxElement> {
  const input = fluentCheckbox(options.checked);
  input.id = uniqueId('field');
  input.setAttribute('data-testid', options.testId);
  const hintId = options.hint ? uniqueId('hint') : undefined;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  input.slot = 'input';
  const wrapper = el(
    'fluent-field',
    { class: 'field field-checkbox', 'label-position': 'after' },
    el('label', { slot: 'label', for: input.id, class: options.hideLabel ? 'visually-hidden' : undefined }, options.label),
    input,
    hintId ? el('p', { slot: 'message', id: hintId, class: 'field-hint' }, options.hint ?? '') : null,
  );
  return { wrapper, control: input };
}

/** A fieldset with a legend, an optional hint and an error slot, for groups such as checkboxes. */
export function fieldGroup(
  options: { readonly testId: string; readonly legend: string; readonly hint?: string },
  ...children: Node[]
): HTMLFieldSetElement {
  const hintId = options.hint ? uniqueId('hint') : undefined;
  const errorId = uniqueId('error');
  return el(
    'fieldset',
    {
      class: 'field-group',
      'data-testid': options.testId,
      'data-error-id': errorId,
      'aria-describedby': hintId ? `${hintId} ${errorId}` : errorId,
    },
    el('legend', {}, options.legend),
    hintId ? el('p', { id: hintId, class: 'field-hint' }, options.hint ?? '') : null,
    el('p', { id: errorId, class: 'field-error', hidden: true }),
    ...children,
  );
}

/** The message row of a field from {@link textField} and friends, where {@link limitText} adds its counter. */
export function fieldMessages(field: Field<HTMLElement>): HTMLElement {
  return field.wrapper.querySelector<HTMLElement>('.field-messages') ?? field.wrapper;
}

function wrap<C extends HTMLElement>(control: C, options: FieldOptions): Field<C> {
  const id = uniqueId('field');
  const hintId = options.hint ? uniqueId('hint') : undefined;
  const errorId = uniqueId('error');
  control.id = id;
  control.slot = 'input';
  control.setAttribute('data-testid', options.testId);
  control.setAttribute('data-error-id', errorId);
  control.setAttribute('aria-describedby', hintId ? `${hintId} ${errorId}` : errorId);
  if (options.required) control.setAttribute('aria-required', 'true');
  describeControl(control);
  const wrapper = el(
    'fluent-field',
    { class: 'field', 'label-position': 'above' },
    el(
      'label',
      { slot: 'label', for: id, class: options.hideLabel ? 'visually-hidden' : undefined },
      options.label,
      options.required ? el('span', { class: 'required-mark', 'aria-hidden': 'true' }, ' *') : null,
    ),
    control,
    el(
      'div',
      { slot: 'message', class: 'field-messages' },
      hintId ? el('p', { id: hintId, class: 'field-hint' }, options.hint ?? '') : null,
      // The error row is always there (styles.css reserves its line), so an error moves nothing.
      el('div', { class: 'field-error-row' }, el('p', { id: errorId, class: 'field-error', hidden: true })),
    ),
  );
  return { wrapper, control };
}
