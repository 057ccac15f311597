import template from './templates/welcome.json' with { type: 'json' };
import { expandCard, type AdaptiveCardJson } from '../../cards/expand-card.js';

/** The card posted when Introteam is installed in a team, channel, group chat or personal scope. */
export function renderWelcomeCard(data: { readonly isChannel: boolean }): AdaptiveCardJson {
  return expandCard(template, data);
}
