import template from './templates/welcome.json' with { type: 'json' };
import { expandCard, type AdaptiveCardJson } from '../../cards/expand-card.js';

/** What the welcome card says. */
export interface WelcomeCardData {
  readonly isChannel: boolean;
  /** The unit the channel is already bound to: the card says so instead of how to bind it. */
  readonly boundUnitName?: string;
}

/** The card posted when Introteam is installed in a team, channel, group chat or personal scope. */
export function renderWelcomeCard(data: WelcomeCardData): AdaptiveCardJson {
  return expandCard(template, { isChannel: data.isChannel, boundUnitName: data.boundUnitName ?? '' });
}
