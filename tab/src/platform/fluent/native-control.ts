/**
 * The native element a Fluent control renders for the user to type in or press: the `<input>` of
 * `fluent-text-input`, the `<textarea>` of `fluent-textarea`, the combobox `<button>` of
 * `fluent-dropdown`. Undefined before the element has rendered (it renders when connected), and for
 * controls that are their own native-like element (`fluent-checkbox`, `fluent-button`).
 */
export function nativeControl(host: Element): HTMLElement | undefined {
  const candidate = (host as { control?: unknown; controlEl?: unknown }).controlEl ?? (host as { control?: unknown }).control;
  return candidate instanceof HTMLElement ? candidate : undefined;
}

/** The native text element of a Fluent text input or textarea, once rendered. */
export function nativeTextControl(host: Element): HTMLInputElement | HTMLTextAreaElement | undefined {
  const control = nativeControl(host);
  return control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement ? control : undefined;
}
