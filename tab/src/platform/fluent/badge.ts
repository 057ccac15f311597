import { el, type Child } from '../dom.js';

/** The Fluent badge colours the tab's markers use. */
export type BadgeColour = 'danger' | 'warning' | 'success' | 'informative' | 'subtle' | 'brand';

/** A Fluent badge, tinted (readable text on a light fill in every theme). */
export function badge(
  colour: BadgeColour,
  attributes: { readonly class?: string; readonly testId?: string },
  ...content: Child[]
): HTMLElement {
  return el(
    'fluent-badge',
    { appearance: 'tint', color: colour, shape: 'rounded', class: attributes.class, 'data-testid': attributes.testId },
    ...content,
  );
}
