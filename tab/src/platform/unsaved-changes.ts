/** Asks whether to leave with unsaved changes; resolves true to leave (the tab wires a Fluent dialog in). */
export type ConfirmLeave = () => Promise<boolean>;

let isDirty: (() => boolean) | undefined;

/**
 * Marks the current view as holding typed, unsaved data while `dirty()` says so: a reload or closing
 * the tab asks through the browser ({@link askBeforeUnload}), and the ViewHost and the user switch ask
 * through {@link mayLeave}. Call the returned `release` after a save and when the view is left.
 */
export function guardUnsavedChanges(dirty: () => boolean): () => void {
  isDirty = dirty;
  return () => {
    if (isDirty === dirty) isDirty = undefined;
  };
}

/** Whether the current view holds typed data that is not saved. */
export function hasUnsavedChanges(): boolean {
  return isDirty?.() ?? false;
}

/** True when nothing is unsaved, or the person chose to leave it. */
export async function mayLeave(confirm: ConfirmLeave): Promise<boolean> {
  return hasUnsavedChanges() ? confirm() : true;
}

/** Makes the browser ask before a reload or closing the tab throws unsaved typed data away (once, from main). */
export function askBeforeUnload(target: { addEventListener(type: 'beforeunload', listener: (event: BeforeUnloadLike) => void): void }): void {
  target.addEventListener('beforeunload', (event) => {
    if (!hasUnsavedChanges()) return;
    event.preventDefault();
    event.returnValue = '';
  });
}

/** The part of a `beforeunload` event the guard uses. */
export interface BeforeUnloadLike {
  preventDefault(): void;
  returnValue: unknown;
}
