import * as ACData from 'adaptivecards-templating';
import type { AdaptiveCard } from '../../../../contract/adaptive-card.js';

/** An expanded Adaptive Card as plain JSON, as the API's contract describes it. */
export type AdaptiveCardJson = AdaptiveCard;

/**
 * Each template prepared once: constructing a `Template` parses every `${...}` expression in it
 * (most of the cost of a card), and a prepared one can be expanded with any data, again and again
 * (expansion is synchronous, so sharing one instance is safe).
 */
const prepared = new WeakMap<object, ACData.Template>();

/** Expands an Adaptive Card template with data (`${...}` bindings) into a card Teams and the tab can render. */
export function expandCard(template: object, data: object): AdaptiveCardJson {
  let ready = prepared.get(template);
  if (!ready) {
    ready = new ACData.Template(template);
    prepared.set(template, ready);
  }
  return ready.expand({ $root: data }) as AdaptiveCardJson;
}
