import { el, type ButtonElement } from './dom.js';
import { badge, type BadgeColour } from './fluent/badge.js';

/** Kinds of marker; each has its own icon and border, so none depends on colour alone. */
export type MarkerKind = 'overdue' | 'warning' | 'done' | 'cancelled' | 'info';

const COLOURS: Readonly<Record<MarkerKind, BadgeColour>> = {
  overdue: 'danger',
  warning: 'warning',
  done: 'success',
  cancelled: 'subtle',
  info: 'informative',
};

const ICONS: Readonly<Record<MarkerKind, string>> = {
  overdue: '⚠',
  warning: '⚠',
  done: '✓',
  cancelled: '✕',
  info: 'ℹ',
};

/** A visible, text-bearing marker as a Fluent badge (e.g. "⚠ 2 forfalte oppgaver"); the icon is hidden from screen readers. */
export function marker(kind: MarkerKind, text: string, testId?: string): HTMLElement {
  return badge(
    COLOURS[kind],
    { class: `marker marker-${kind}`, testId },
    el('span', { class: 'marker-icon', 'aria-hidden': 'true' }, ICONS[kind]),
    ' ',
    text,
  );
}

/** A polite live region for confirmations after an action ("Oppgaven er fullført"). */
export function statusRegion(testId?: string): HTMLElement {
  return el('p', { class: 'status-message', role: 'status', 'data-testid': testId });
}

/** Sets a status region's text; clearing first makes screen readers announce a repeated message. */
export function announce(region: HTMLElement, message: string): void {
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}

/** A link back to a list or parent page. */
export function backLink(href: string, text: string): HTMLElement {
  return el('p', { class: 'back-link' }, el('a', { href }, el('span', { 'aria-hidden': 'true' }, '← '), text));
}

/** Disables a button while the action runs (and marks it busy); re-enables it afterwards. */
export async function whileBusy<T>(button: ButtonElement, action: () => Promise<T>): Promise<T> {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}
