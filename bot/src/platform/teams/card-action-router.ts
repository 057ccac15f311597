import { BOT_MESSAGES } from './bot-messages.js';
import { errorResponse } from './card-action-response.js';
import type { CardActionHandler, CardActionTable } from './card-action-handler.js';

/** One verb table from the features' tables; a verb claimed twice is a wiring mistake and throws at start. */
export function combineCardActions(tables: readonly CardActionTable[]): CardActionTable {
  const combined: Record<string, CardActionHandler> = {};
  for (const table of tables) {
    for (const [verb, handler] of Object.entries(table)) {
      if (Object.hasOwn(combined, verb)) throw new Error(`Card verb ${verb} is handled by two feature modules.`);
      combined[verb] = handler;
    }
  }
  return combined;
}

/** Dispatches a verb to its handler; an unknown (forged or stale) verb gets a Norwegian error and changes nothing. */
export function routeCardAction(handlers: CardActionTable, verb: string | undefined): CardActionHandler {
  const handler = verb !== undefined && Object.hasOwn(handlers, verb) ? handlers[verb] : undefined;
  return handler ?? (async () => errorResponse(400, BOT_MESSAGES.unknownVerb));
}
