import type { ApiClient } from './api-client.js';
import type { ApiError } from './api-error.js';
import type { DevTokenStore } from './dev-token-store.js';
import { pickDevUser } from './dev-user-picker.js';
import { el } from './dom.js';
import type { ErrorAlert } from './error-alert.js';
import { mayLeave, type ConfirmLeave } from './unsaved-changes.js';

/** Options for {@link DevSignIn}. */
export interface DevSignInOptions {
  /** The `<main>` element, where the picker is shown. */
  readonly outlet: HTMLElement;
  /** Where the dev-mode banner goes. */
  readonly noticeSlot: HTMLElement;
  /** Where the "Bytt bruker" button goes. */
  readonly sessionBar: HTMLElement;
  /** Client for the unauthenticated dev endpoints. */
  readonly publicApi: ApiClient;
  readonly store: DevTokenStore;
  readonly alert: ErrorAlert;
  /** Asks before «Bytt bruker» leaves unsaved typed data behind. */
  readonly confirmLeave?: ConfirmLeave;
}

/** The views the picker takes turns with in the outlet (the ViewHost). */
export interface ViewLifecycle {
  /** Called before the picker takes over the outlet. */
  suspend(): void;
  /** Called once a user is signed in. */
  start(): void;
}

/** Dev-mode sign-in: a banner, a demo-user picker, the token in session storage and "Bytt bruker". */
export class DevSignIn {
  private picking: Promise<void> | undefined;
  private views: ViewLifecycle | undefined;
  private readonly switchButton = el(
    'fluent-button',
    { type: 'button', appearance: 'secondary', 'data-testid': 'switch-user', hidden: true },
    'Bytt bruker',
  );

  constructor(private readonly options: DevSignInOptions) {
    this.switchButton.addEventListener('click', () => void this.switchUserAsked());
  }

  /** Shows the banner and signs in: with the stored token if it is still valid, else through the picker. */
  async start(views: ViewLifecycle): Promise<void> {
    const { noticeSlot, sessionBar, store } = this.options;
    this.views = views;
    noticeSlot.append(
      el('p', { class: 'dev-banner', 'data-testid': 'dev-mode-banner' }, 'Utviklingsmodus – demobrukere, ingen ekte pålogging'),
    );
    sessionBar.append(this.switchButton);
    if (store.read()) {
      this.switchButton.hidden = false;
      views.start();
    } else {
      await this.switchUser();
    }
  }

  /** The bearer token for API calls, or undefined when no user is chosen. */
  async getToken(): Promise<string | undefined> {
    return this.options.store.read()?.token;
  }

  /** The API said 401: show why and go back to the picker. */
  handleUnauthorized(error: ApiError): void {
    void this.switchUser().catch((failure: unknown) => this.options.alert.showError(failure));
    this.options.alert.show(error.message);
  }

  /** «Bytt bruker»: asks first when the view holds unsaved typed data, then switches. */
  private async switchUserAsked(): Promise<void> {
    if (this.options.confirmLeave && !(await mayLeave(this.options.confirmLeave))) return;
    await this.switchUser();
  }

  /** Forgets the token and lets the person choose a user again; concurrent calls share one picker. */
  switchUser(): Promise<void> {
    this.picking ??= this.pick().finally(() => {
      this.picking = undefined;
    });
    return this.picking;
  }

  private async pick(): Promise<void> {
    const { store, outlet, publicApi, alert } = this.options;
    this.views?.suspend();
    store.clear();
    alert.clear();
    this.switchButton.hidden = true;
    store.write(await pickDevUser({ outlet, api: publicApi, alert }));
    this.switchButton.hidden = false;
    this.views?.start();
  }
}
