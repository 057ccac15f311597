import type { Checkbox, Dropdown, TextArea, TextInput } from '@fluentui/web-components';
import { el } from '../dom.js';

/** The Fluent elements behind the tab's form fields (types only; the elements come from {@link fluentControl}). */
export type TextInputElement = TextInput;
export type TextareaElement = TextArea;
export type DropdownElement = Dropdown;
export type CheckboxElement = Checkbox;

/** Attributes of the native control a Fluent text input or textarea passes on. */
export interface TextControlAttributes {
  readonly maxLength?: number;
  readonly list?: string;
  readonly inputMode?: string;
  readonly placeholder?: string;
  readonly rows?: number;
}

/** A `fluent-text-input` (one line). */
export function fluentTextInput(value: string, attributes: TextControlAttributes): TextInputElement {
  const input = el('fluent-text-input', {
    maxlength: attributes.maxLength === undefined ? undefined : String(attributes.maxLength),
    list: attributes.list,
    inputmode: attributes.inputMode,
    placeholder: attributes.placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
    appearance: 'outline',
  }) as TextInputElement;
  input.value = value;
  return input;
}

/** A `fluent-textarea` that grows with its text. */
export function fluentTextarea(value: string, attributes: TextControlAttributes): TextareaElement {
  const area = el('fluent-textarea', {
    maxlength: attributes.maxLength === undefined ? undefined : String(attributes.maxLength),
    rows: String(attributes.rows ?? 4),
    resize: 'vertical',
  }) as TextareaElement;
  area.value = value;
  return area;
}

/** A `fluent-dropdown` with one option per choice; `value` is selected. */
export function fluentDropdown(value: string, choices: readonly { readonly value: string; readonly label: string }[]): DropdownElement {
  const options = choices.map((choice) => el('fluent-option', { value: choice.value, selected: choice.value === value }, choice.label));
  return el('fluent-dropdown', { type: 'dropdown' }, el('fluent-listbox', {}, ...options)) as DropdownElement;
}

/** A `fluent-checkbox`. */
export function fluentCheckbox(checked: boolean): CheckboxElement {
  const box = el('fluent-checkbox', { checked }) as CheckboxElement;
  box.checked = checked;
  return box;
}
