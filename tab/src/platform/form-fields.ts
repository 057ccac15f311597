import { el } from './dom.js';

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

/** A control inside its `.field` wrapper (label, hint, error slot). */
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

/** A labelled one-line text input. */
export function textField(options: TextFieldOptions): Field<HTMLInputElement> {
  const input = el('input', {
    type: 'text',
    value: options.value,
    maxlength: options.maxLength === undefined ? undefined : String(options.maxLength),
    list: options.list,
    inputmode: options.inputMode,
    placeholder: options.placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
  });
  input.value = options.value;
  return wrap(input, options);
}

/** Options for {@link textArea}. */
export interface TextAreaOptions extends FieldOptions {
  readonly value: string;
  readonly maxLength?: number;
  readonly rows?: number;
}

/** A labelled multi-line text input. */
export function textArea(options: TextAreaOptions): Field<HTMLTextAreaElement> {
  const area = el('textarea', {
    rows: String(options.rows ?? 4),
    maxlength: options.maxLength === undefined ? undefined : String(options.maxLength),
  });
  area.value = options.value;
  return wrap(area, options);
}

/** Options for {@link selectField}. */
export interface SelectFieldOptions extends FieldOptions {
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

/** A labelled select; a current value missing from the options is kept as an extra option. */
export function selectField(options: SelectFieldOptions): Field<HTMLSelectElement> {
  const choices = options.options.some((o) => o.value === options.value)
    ? options.options
    : [...options.options, { value: options.value, label: options.value }];
  const select = el('select', {}, ...choices.map((choice) => el('option', { value: choice.value }, choice.label)));
  select.value = options.value;
  return wrap(select, options);
}

/** A checkbox with its label after it. */
export function checkbox(options: Omit<FieldOptions, 'required'> & { readonly checked: boolean }): Field<HTMLInputElement> {
  const id = uniqueId('field');
  const input = el('input', { type: 'checkbox', id, 'data-testid': options.testId });
  input.checked = options.checked;
  const hintId = options.hint ? uniqueId('hint') : undefined;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  const wrapper = el(
    'div',
    { class: 'field field-checkbox' },
    input,
    el('label', { for: id, class: options.hideLabel ? 'visually-hidden' : undefined }, options.label),
    hintId ? el('p', { id: hintId, class: 'field-hint' }, options.hint ?? '') : null,
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

function wrap<C extends HTMLElement>(control: C, options: FieldOptions): Field<C> {
  const id = uniqueId('field');
  const hintId = options.hint ? uniqueId('hint') : undefined;
  const errorId = uniqueId('error');
  control.id = id;
  control.setAttribute('data-testid', options.testId);
  control.setAttribute('data-error-id', errorId);
  control.setAttribute('aria-describedby', hintId ? `${hintId} ${errorId}` : errorId);
  if (options.required) control.setAttribute('aria-required', 'true');
  const wrapper = el(
    'div',
    { class: 'field' },
    el(
      'label',
      { for: id, class: options.hideLabel ? 'visually-hidden' : undefined },
      options.label,
      options.required ? el('span', { class: 'required-mark', 'aria-hidden': 'true' }, ' *') : null,
    ),
    hintId ? el('p', { id: hintId, class: 'field-hint' }, options.hint ?? '') : null,
    el('p', { id: errorId, class: 'field-error', hidden: true }),
    control,
  );
  return { wrapper, control };
}
