import * as AC from 'adaptivecards';
import type { ApiClient } from './api-client.js';
import type { AdaptiveCard } from '../../../contract/adaptive-card.js';
import { parseCardResponse } from './api-types.js';
import { hostConfigFor } from './card-host-config.js';
import { el } from './dom.js';
import { renderMarkdown } from './markdown.js';
import type { Theme } from './theme.js';

/** A card action the tab hands to the server: the same `{ type, verb, data }` a bot gets in `value.action`. */
export interface CardActionRequest {
  readonly type: 'Action.Submit' | 'Action.Execute';
  /** `verb` of an Action.Execute. */
  readonly verb?: string;
  /** The action's `data`, merged with the values of the card's inputs. */
  readonly data: unknown;
}

/** Handles a Submit/Execute action of a mounted card (e.g. post it and show the returned card). */
export type CardActionHandler = (request: CardActionRequest, card: MountedCard) => Promise<void>;

/** Options for {@link CardRenderer.mount}. */
export interface MountCardOptions {
  /** POST `{ action: CardActionRequest }` here on Submit/Execute and replace the card with the `{ card }` reply. */
  readonly actionEndpoint?: string;
  /** Custom action handling; takes precedence over `actionEndpoint`. */
  readonly onAction?: CardActionHandler;
}

/** A card shown in a container; it re-renders when the theme changes. */
export interface MountedCard {
  readonly container: HTMLElement;
  /** Replaces the card (e.g. with the one returned after an action). */
  update(card: AdaptiveCard): void;
}

/** Options for {@link CardRenderer}. */
export interface CardRendererOptions {
  readonly api: ApiClient;
  readonly theme: Theme;
  /** Shows errors from card actions (the alert region). */
  readonly onError: (error: unknown) => void;
}

// Teams renders a Markdown subset in card text; do the same without markdown-it.
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = renderMarkdown(text);
  result.didProcess = true;
};

/** Renders server-expanded Adaptive Cards with a host config for the current theme. */
export class CardRenderer {
  private theme: Theme;
  private readonly mounted = new Set<CardMount>();

  constructor(private readonly options: CardRendererOptions) {
    this.theme = options.theme;
  }

  /** Renders a card into the container and keeps it current across theme changes. */
  mount(container: HTMLElement, card: AdaptiveCard, mountOptions: MountCardOptions = {}): MountedCard {
    const mount = new CardMount(container, card, mountOptions, {
      theme: () => this.theme,
      api: this.options.api,
      onError: this.options.onError,
    });
    this.forgetDetached();
    this.mounted.add(mount);
    mount.render();
    return mount;
  }

  /** Switches the host config and re-renders every card still on the page. */
  setTheme(theme: Theme): void {
    this.theme = theme;
    this.forgetDetached();
    for (const mount of this.mounted) mount.render();
  }

  /** Drops cards whose views have been replaced, so they are neither kept alive nor re-rendered. */
  private forgetDetached(): void {
    for (const mount of this.mounted) if (!mount.container.isConnected) this.mounted.delete(mount);
  }
}

/** What a mounted card needs from its renderer. */
interface CardMountDeps {
  readonly theme: () => Theme;
  readonly api: ApiClient;
  readonly onError: (error: unknown) => void;
}

class CardMount implements MountedCard {
  private busy = false;

  constructor(
    readonly container: HTMLElement,
    private card: AdaptiveCard,
    private readonly options: MountCardOptions,
    private readonly deps: CardMountDeps,
  ) {}

  update(card: AdaptiveCard): void {
    this.card = card;
    this.render();
  }

  render(): void {
    const adaptive = new AC.AdaptiveCard();
    adaptive.hostConfig = new AC.HostConfig(hostConfigFor(this.deps.theme()));
    adaptive.onExecuteAction = (action) => void this.execute(action);
    adaptive.parse(this.card);
    // Dates and times in the card ({{DATE(...)}}) follow the page language unless the card sets its own.
    adaptive.lang ??= document.documentElement.lang || 'nb';
    const rendered = adaptive.render();
    // The renderer makes the whole card a tab stop; that is only useful when the card itself is clickable.
    if (!adaptive.selectAction) rendered?.removeAttribute('tabindex');
    this.container.replaceChildren(rendered ?? el('p', {}, 'Kortet kunne ikke vises.'));
  }

  private async execute(action: AC.Action): Promise<void> {
    if (action instanceof AC.OpenUrlAction) return openUrl(action.url);
    const request = toRequest(action);
    const handler = this.options.onAction ?? this.postToEndpoint();
    if (!request || !handler || this.busy) return;
    this.busy = true;
    this.container.setAttribute('aria-busy', 'true');
    try {
      await handler(request, this);
    } catch (error) {
      this.deps.onError(error);
    } finally {
      this.busy = false;
      this.container.removeAttribute('aria-busy');
    }
  }

  private postToEndpoint(): CardActionHandler | undefined {
    const endpoint = this.options.actionEndpoint;
    if (endpoint === undefined) return undefined;
    return async (request, card) => {
      const reply = await this.deps.api.post(endpoint, { action: request });
      card.update(parseCardResponse(reply).card);
    };
  }
}

function toRequest(action: AC.Action): CardActionRequest | undefined {
  if (action instanceof AC.ExecuteAction) return { type: 'Action.Execute', verb: action.verb, data: action.data };
  if (action instanceof AC.SubmitAction) return { type: 'Action.Submit', data: action.data };
  return undefined;
}

/** `#/...` navigates inside the tab; http(s) opens a new window; anything else (javascript:, data:) is ignored. */
function openUrl(url: string | undefined): void {
  if (url?.startsWith('#/')) window.location.hash = url;
  else if (url && /^https?:\/\//i.test(url)) window.open(url, '_blank', 'noopener,noreferrer');
}
