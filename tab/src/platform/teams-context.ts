import { app, authentication } from '@microsoft/teams-js';
import { settleWithin } from './settle-within.js';

/** The tab runs inside a Teams (or other Microsoft 365) host. */
export interface TeamsHost {
  readonly kind: 'teams';
  /** Theme name as Teams reports it (`default`, `dark`, `contrast`). */
  readonly theme: string;
  readonly tenantId?: string;
  readonly userId?: string;
  /** Host client name, e.g. `Teams` or `Outlook`. */
  readonly hostName: string;
  /** `page.subPageId` of a deep link into the tab (e.g. `bosetting:<id>:<unitId>`), if any. */
  readonly subPageId?: string;
  /** Registers the handler Teams calls when the user switches theme. */
  onThemeChange(handler: (theme: string) => void): void;
  /** Gets an SSO token for the tab's own API (teams-js caches and refreshes it). */
  getAuthToken(): Promise<string>;
}

/** The tab runs as an ordinary web page (local development, browser tests). */
export interface BrowserHost {
  readonly kind: 'browser';
}

/** Where the tab runs. */
export type HostEnvironment = TeamsHost | BrowserHost;

/** Options for {@link connectToHost}. */
export interface ConnectToHostOptions {
  /** How long to wait for teams-js before concluding the tab is outside Teams. */
  readonly timeoutMs: number;
}

/** Initialises teams-js and reads the context; outside Teams this times out and reports a browser host. */
export async function connectToHost(options: ConnectToHostOptions): Promise<HostEnvironment> {
  const initialised = await settleWithin(
    Promise.resolve().then(() => app.initialize()),
    options.timeoutMs,
  );
  if (initialised.status !== 'fulfilled') return { kind: 'browser' };
  const context = await settleWithin(app.getContext(), options.timeoutMs);
  if (context.status !== 'fulfilled') return { kind: 'browser' };
  app.notifySuccess();
  const { app: appInfo, user, page } = context.value;
  return {
    kind: 'teams',
    theme: appInfo.theme,
    tenantId: user?.tenant?.id,
    userId: user?.id,
    hostName: String(appInfo.host.name),
    subPageId: page?.subPageId,
    onThemeChange: (handler) => app.registerOnThemeChangeHandler(handler),
    getAuthToken: () => authentication.getAuthToken(),
  };
}
