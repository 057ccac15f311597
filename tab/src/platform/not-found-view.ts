import { el } from './dom.js';
import { hrefFor } from './router.js';
import type { View } from './view.js';

/** Shown for a hash no route matches. */
export const notFoundView: View = async (target) => {
  target.append(
    el('h1', { tabindex: '-1' }, 'Fant ikke siden'),
    el('p', {}, 'Lenken peker til en side som ikke finnes i Introteam.'),
    el('p', {}, el('a', { href: hrefFor('/') }, 'Gå til oversikten')),
  );
};
