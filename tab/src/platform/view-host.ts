import { el } from './dom.js';
import type { ErrorAlert } from './error-alert.js';
import { announceViewLeave } from './leave-guard.js';
import { mayLeave, type ConfirmLeave } from './unsaved-changes.js';
import { isNotForYou, notForYouPanel } from './not-for-you-view.js';
import type { Router } from './router.js';
import type { View, ViewContext } from './view.js';

/** Options for {@link ViewHost}. */
export interface ViewHostOptions {
  /** The `<main>` element views are shown in. */
  readonly outlet: HTMLElement;
  readonly router: Router<View>;
  readonly notFound: View;
  readonly alert: ErrorAlert;
  /** The parts of the view context that do not depend on the route. */
  readonly context: Omit<ViewContext, 'params' | 'query'>;
  /** Asks before a view with unsaved typed data is left (a menu link, back, a link in the page). */
  readonly confirmLeave?: ConfirmLeave;
}

/** Shows the view for `location.hash` in the outlet, again on every hash change. */
export class ViewHost {
  private generation = 0;
  private started = false;
  /** The address of the view on screen, to go back to when the person stays. */
  private shownUrl = '';

  constructor(private readonly options: ViewHostOptions) {}

  /** Starts following the hash and renders the current view. */
  start(): void {
    if (!this.started) {
      this.started = true;
      window.addEventListener('hashchange', () => void this.navigate());
    }
    void this.render({ focus: false });
  }

  /** Drops any render in flight, so something else (the user picker) can own the outlet. */
  suspend(): void {
    this.generation += 1;
    announceViewLeave();
    this.options.outlet.removeAttribute('aria-busy');
  }

  /** A new address: asks first when the view on screen holds unsaved data, and stays there if told to. */
  private async navigate(): Promise<void> {
    const { confirmLeave } = this.options;
    if (confirmLeave && this.shownUrl && !(await mayLeave(confirmLeave))) {
      // Back to the address of what is on screen, without a new history entry or another hashchange.
      window.history.replaceState(null, '', this.shownUrl);
      return;
    }
    await this.render({ focus: true });
  }

  /** Renders the current view; a render overtaken by a newer one is discarded. */
  async render({ focus }: { readonly focus: boolean }): Promise<void> {
    const generation = ++this.generation;
    this.shownUrl = window.location.href;
    announceViewLeave();
    const { outlet, router, notFound, alert, context } = this.options;
    const match = router.resolve(window.location.hash);
    const target = el('div', { class: 'view' });
    outlet.setAttribute('aria-busy', 'true');
    alert.clear();
    try {
      const view = match?.view ?? notFound;
      await view(target, { ...context, params: match?.params ?? {}, query: match?.location.query ?? new URLSearchParams() });
    } catch (error) {
      if (generation !== this.generation) return;
      // "Not for you" is an answer, not a failure: one panel, no alert and no «Prøv igjen».
      if (isNotForYou(error)) target.replaceChildren(notForYouPanel(error));
      else {
        alert.showError(error);
        target.replaceChildren(this.failed());
      }
    }
    if (generation !== this.generation) return;
    outlet.removeAttribute('aria-busy');
    outlet.replaceChildren(target);
    if (focus) target.querySelector<HTMLElement>('h1')?.focus();
  }

  private failed(): HTMLElement {
    const retry = el('fluent-button', { type: 'button', appearance: 'secondary' }, 'Prøv igjen');
    retry.addEventListener('click', () => void this.render({ focus: true }));
    return el('div', { class: 'panel' }, el('p', {}, 'Siden kunne ikke lastes.'), retry);
  }
}
