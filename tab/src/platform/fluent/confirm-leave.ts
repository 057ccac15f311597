import { confirmDialog } from './confirm-dialog.js';

/** The dialog that asks before typed, unsaved data is left behind. */
export function confirmLeave(): Promise<boolean> {
  return confirmDialog({
    title: 'Forlate siden?',
    message: 'Du har fylt ut noe som ikke er lagret. Forlater du siden, forsvinner det.',
    confirmLabel: 'Forlat siden',
    cancelLabel: 'Bli på siden',
    testId: 'confirm-leave',
  });
}
