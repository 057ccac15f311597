/** A child for {@link el}: nodes, text (always inserted as text, never as HTML), or nothing. */
export type Child = Node | string | null | undefined | false;

/** Attribute values for {@link el}: strings are set, `true` sets an empty attribute, false/undefined skip it. */
export type Attributes = Readonly<Record<string, string | boolean | undefined>>;

/** A `fluent-button`: a form-associated element with `disabled` and `type`, like a native button. */
export type ButtonElement = HTMLElement & { disabled: boolean; type: string };

/** The Fluent elements views create directly, with the properties they use. */
export interface FluentTagMap {
  'fluent-button': ButtonElement;
  'fluent-anchor-button': HTMLElement & { href: string };
}

/** A custom element's tag (e.g. `fluent-button`): always has a hyphen. */
export type CustomTag = `${string}-${string}`;

/** Creates an element with attributes and children; the only way the tab builds markup. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes?: Attributes, ...children: Child[]): HTMLElementTagNameMap[K];
/** Creates a Fluent button or anchor button. */
export function el<K extends keyof FluentTagMap>(tag: K, attributes?: Attributes, ...children: Child[]): FluentTagMap[K];
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
