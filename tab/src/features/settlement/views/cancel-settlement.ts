import type { ApiClient } from '../../../platform/api-client.js';
import { ApiError, userMessageFor } from '../../../platform/api-error.js';
import { el } from '../../../platform/dom.js';
import { whileBusy } from '../../../platform/markers.js';
import { parseSettlementResponse } from '../parse-settlement.js';
import type { CancelSettlementRequest } from '../../../../../contract/settlement.js';
import type { SettlementView } from '../../../../../contract/settlement-view.js';

/** Options for {@link cancelControls}. */
export interface CancelControlsOptions {
  readonly settlement: SettlementView;
  readonly api: ApiClient;
  /** `/api/settlements/:id`. */
  readonly path: string;
  readonly onCancelled: (settlement: SettlementView) => void;
  /** After a conflict, the user chose to load the current version. */
  readonly onReloaded: (settlement: SettlementView) => void;
}

/**
 * "Avlys bosettingen" with an inline confirmation (no `window.confirm`, which Teams blocks in
 * tabs). A 409 shows the server's message and offers to load the settlement again.
 */
export function cancelControls(options: CancelControlsOptions): HTMLElement {
  const open = el(
    'fluent-button',
    { type: 'button', appearance: 'secondary', class: 'button-danger', 'aria-expanded': 'false', 'data-testid': 'cancel-settlement' },
    'Avlys bosettingen',
  );
  const confirm = el(
    'fluent-button',
    { type: 'button', appearance: 'secondary', class: 'button-danger', 'data-testid': 'confirm-cancel' },
    'Ja, avlys',
  );
  const keep = el('fluent-button', { type: 'button', appearance: 'secondary', 'data-testid': 'abort-cancel' }, 'Nei, behold');
  const error = el('div', { class: 'inline-error', role: 'alert', 'data-testid': 'cancel-error' });
  const panel = el(
    'div',
    { class: 'confirm-panel', role: 'group', 'aria-labelledby': 'confirm-cancel-text', hidden: true },
    el(
      'p',
      { id: 'confirm-cancel-text' },
      'Vil du avlyse bosettingen? Enhetenes flyter avsluttes, og enhetene får beskjed i kanalene sine. Dette kan ikke angres.',
    ),
    el('div', { class: 'task-actions' }, confirm, keep),
    error,
  );
  const setOpen = (value: boolean): void => {
    panel.hidden = !value;
    open.setAttribute('aria-expanded', String(value));
    error.replaceChildren();
    (value ? keep : open).focus();
  };
  open.addEventListener('click', () => setOpen(panel.hidden));
  keep.addEventListener('click', () => setOpen(false));
  confirm.addEventListener(
    'click',
    () =>
      void whileBusy(confirm, async () => {
        try {
          const reply = await options.api.post(`${options.path}/cancel`, {
            expectedVersion: options.settlement.version,
          } satisfies CancelSettlementRequest);
          options.onCancelled(parseSettlementResponse(reply));
        } catch (failure) {
          error.replaceChildren(el('p', {}, userMessageFor(failure)));
          if (failure instanceof ApiError && failure.status === 409) error.append(reloadButton(options, error));
        }
      }),
  );
  return el('div', { class: 'cancel-controls' }, open, panel);
}

function reloadButton(options: CancelControlsOptions, error: HTMLElement): HTMLElement {
  const reload = el('fluent-button', { type: 'button', appearance: 'secondary', 'data-testid': 'reload-settlement' }, 'Last inn på nytt');
  reload.addEventListener(
    'click',
    () =>
      void whileBusy(reload, async () => {
        try {
          options.onReloaded(parseSettlementResponse(await options.api.get(options.path)));
        } catch (failure) {
          error.replaceChildren(el('p', {}, userMessageFor(failure)));
        }
      }),
  );
  return reload;
}
