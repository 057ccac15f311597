import { ApiError } from './api-error.js';
import { el } from './dom.js';
import { messageBar } from './fluent/message-bar.js';
import { hrefFor } from './router.js';

/** True for an API answer that means "this is not for you" (403) or "there is nothing here for you" (404). */
export function isNotForYou(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.status === 403 || error.status === 404);
}

/**
 * The one panel shown when a page is not for the signed-in user: a heading, the server's Norwegian
 * message and a way back to the start page. No alert and no «Prøv igjen», since trying again gives
 * the same answer.
 */
export function notForYouPanel(error: ApiError, options: { readonly heading?: 'h1' | 'h2' } = {}): HTMLElement {
  const title = error.status === 403 ? 'Ikke tilgjengelig for deg' : 'Finnes ikke';
  return el(
    'section',
    { class: 'panel not-for-you', 'data-testid': 'not-for-you' },
    el(options.heading ?? 'h1', { tabindex: '-1' }, title),
    messageBar(error.status === 403 ? 'warning' : 'info', el('span', { 'data-testid': 'not-for-you-message' }, error.message)),
    el('p', {}, el('a', { href: hrefFor('/'), 'data-testid': 'not-for-you-home' }, 'Gå til oversikten')),
  );
}
