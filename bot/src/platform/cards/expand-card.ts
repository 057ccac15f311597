import * as ACData from 'adaptivecards-templating';

/** An Adaptive Card (or template) as plain JSON. */
export type AdaptiveCardJson = Record<string, unknown>;

/** Expands an Adaptive Card template with data (`${...}` bindings) into a card Teams and the tab can render. */
export function expandCard(template: object, data: object): AdaptiveCardJson {
  return new ACData.Template(template).expand({ $root: data }) as AdaptiveCardJson;
}
