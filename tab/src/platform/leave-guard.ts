/** Fired on window when the outlet is about to show another view (or the user picker takes over). */
export const VIEW_LEAVE_EVENT = 'introteam:view-leave';

/**
 * Runs `cleanup` once, when the view that called it is left: the ViewHost renders another view
 * or is suspended, or the page is hidden. The secure zone uses it to clear names from the DOM.
 */
export function onViewLeave(cleanup: () => void): void {
  const run = (): void => {
    window.removeEventListener(VIEW_LEAVE_EVENT, run);
    window.removeEventListener('pagehide', run);
    cleanup();
  };
  window.addEventListener(VIEW_LEAVE_EVENT, run);
  window.addEventListener('pagehide', run);
}

/** Tells the current view it is being left (called by the ViewHost). */
export function announceViewLeave(): void {
  window.dispatchEvent(new Event(VIEW_LEAVE_EVENT));
}
