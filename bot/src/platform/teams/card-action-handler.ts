import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { CardActionContext } from './card-action-context.js';

/** Handles one `Action.Execute` verb; a feature builds its handlers over its own dependencies. */
export type CardActionHandler = (action: CardActionContext) => Promise<AdaptiveCardInvokeResponse>;

/** Verbs and their handlers, as a feature module hands them to the bot. */
export type CardActionTable = Readonly<Record<string, CardActionHandler>>;
