import * as ACData from 'adaptivecards-templating';
import type { AdaptiveCard } from '../../../../contract/adaptive-card.js';

/** An expanded Adaptive Card as plain JSON, as the API's contract describes it. */
export type AdaptiveCardJson = AdaptiveCard;

/** Expands an Adaptive Card template with data (`${...}` bindings) into a card Teams and the tab can render. */
export function expandCard(template: object, data: object): AdaptiveCardJson {
  return new ACData.Template(template).expand({ $root: data }) as AdaptiveCardJson;
}
