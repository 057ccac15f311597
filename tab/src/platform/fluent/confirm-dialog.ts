import { el } from '../dom.js';
import { button } from './controls.js';

/** Options for {@link confirmDialog}. */
export interface ConfirmDialogOptions {
  readonly title: string;
  readonly message: string;
  /** The confirming button's text, e.g. «Avlys bosettingen». */
  readonly confirmLabel: string;
  /** Default «Avbryt». */
  readonly cancelLabel?: string;
  readonly danger?: boolean;
  readonly testId?: string;
}

interface DialogElement extends HTMLElement {
  show(): void;
  hide(): void;
}

/**
 * Asks in a modal Fluent dialog and resolves true when the user confirms, false when they cancel
 * (button, Escape). The dialog removes itself afterwards and focus returns where it was.
 */
export function confirmDialog(options: ConfirmDialogOptions): Promise<boolean> {
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const confirm = button(options.confirmLabel, { appearance: 'primary', danger: options.danger, testId: 'confirm-dialog-yes' });
  const cancel = button(options.cancelLabel ?? 'Avbryt', { testId: 'confirm-dialog-no' });
  confirm.slot = 'action';
  cancel.slot = 'action';
  cancel.setAttribute('autofocus', '');
  const dialog = el(
    'fluent-dialog',
    { type: 'modal', 'data-testid': options.testId ?? 'confirm-dialog' },
    el('fluent-dialog-body', {}, el('h2', { slot: 'title' }, options.title), el('p', {}, options.message), confirm, cancel),
  ) as DialogElement;
  document.body.append(dialog);
  return new Promise((resolve) => {
    let answered = false;
    const answer = (value: boolean): void => {
      if (answered) return;
      answered = true;
      dialog.hide();
      dialog.remove();
      returnFocus?.focus();
      resolve(value);
    };
    confirm.addEventListener('click', () => answer(true));
    cancel.addEventListener('click', () => answer(false));
    dialog.addEventListener('toggle', (event) => {
      if ((event as Event & { detail?: { newState?: string } }).detail?.newState === 'closed') answer(false);
    });
    dialog.show();
  });
}
