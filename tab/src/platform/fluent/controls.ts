import { el, type ButtonElement } from '../dom.js';

/** Fluent button appearances the tab uses: one `primary` per view, `secondary` for the rest, `subtle` in dense rows. */
export type ButtonAppearance = 'primary' | 'secondary' | 'subtle';

export type { ButtonElement };

/** Options for {@link button} and {@link linkButton}. */
export interface ButtonOptions {
  readonly appearance?: ButtonAppearance;
  readonly testId?: string;
  /** `submit` submits the surrounding form; default `button`. */
  readonly type?: 'button' | 'submit';
  /** A destructive action (cancel a settlement, delete): shown in the danger colours. */
  readonly danger?: boolean;
  readonly ariaLabel?: string;
}

/** A Fluent button; the primary one is the view's main action. */
export function button(label: string, options: ButtonOptions = {}): ButtonElement {
  return el(
    'fluent-button',
    {
      type: options.type ?? 'button',
      appearance: options.appearance ?? 'secondary',
      class: options.danger ? 'button-danger' : undefined,
      'data-testid': options.testId,
      'aria-label': options.ariaLabel,
    },
    label,
  );
}

/** A link that looks like a Fluent button (navigation, e.g. «Registrer ny bosetting»). */
export function linkButton(href: string, label: string, options: Omit<ButtonOptions, 'type' | 'danger'> = {}): HTMLElement {
  return el(
    'fluent-anchor-button',
    { href, appearance: options.appearance ?? 'secondary', 'data-testid': options.testId, 'aria-label': options.ariaLabel },
    label,
  );
}
