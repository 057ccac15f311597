import type { ApiClient } from './api-client.js';
import type { CurrentUser } from './current-user.js';
import type { CardRenderer } from './render-card.js';

/** What every view gets: the signed-in API client, the card renderer, the user and the route's parameters. */
export interface ViewContext {
  readonly api: ApiClient;
  readonly cards: CardRenderer;
  /** The signed-in user and roles (`GET /api/me`, cached per token). */
  readonly user: CurrentUser;
  /** `:name` parameters of the matched route. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
}

/**
 * A page of the tab. It fills `target` (not yet on the page) and should start with an `<h1>`,
 * which gets focus after navigation. Thrown errors are shown in the alert region.
 */
export type View = (target: HTMLElement, context: ViewContext) => Promise<void>;
