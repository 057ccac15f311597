import template from './templates/help.json' with { type: 'json' };
import { expandCard, type AdaptiveCardJson } from '../../cards/expand-card.js';

/** The `hjelp` card: what the bot can do, with a link to the tab. */
export function renderHelpCard(data: { readonly tabUrl: string }): AdaptiveCardJson {
  return expandCard(template, data);
}
