/** A child for {@link el}: nodes, text (always inserted as text, never as HTML), or nothing. */
export type Child = Node | string | null | undefined | false;

/** Attribute values for {@link el}: strings are set, `true` sets an empty attribute, false/undefined skip it. */
export type Attributes = Readonly<Record<string, string | boolean | undefined>>;

/** A custom element's tag (e.g. `fluent-button`): always has a hyphen. */
export type CustomTag = `${string}-${string}`;

/** Creates an element with attributes and children; the only way the tab builds markup. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes?: Attributes, ...children: Child[]): HTMLElementTagNameMap[K];
/** Creates a custom element (Fluent's `fluent-…`); it upgrades once its definition is registered. */
export function el(tag: CustomTag, attributes?: Attributes, ...children: Child[]): HTMLElement;
export function el(tag: string, attributes: Attributes = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

/** The element with the id from index.html; throws if the page is not the one the code expects. */
export function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Fant ikke elementet #${id} i index.html`);
  return element;
}
