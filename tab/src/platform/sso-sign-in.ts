import { ApiError } from './api-error.js';
import type { HostEnvironment } from './teams-context.js';

/** How the tab gets a bearer token in SSO mode; undefined when SSO is impossible here (outside Teams). */
export function ssoTokenSource(host: HostEnvironment): (() => Promise<string>) | undefined {
  if (host.kind !== 'teams') return undefined;
  return async () => {
    try {
      return await host.getAuthToken();
    } catch (cause) {
      throw new ApiError(
        401,
        'sso-failed',
        'Kunne ikke logge deg inn med Teams. Last inn fanen på nytt, og kontakt IT hvis feilen gjentar seg.',
        { cause },
      );
    }
  };
}

/** Message shown when the server wants SSO but the tab is open in an ordinary browser. */
export const OUTSIDE_TEAMS_MESSAGE = 'Introteam må åpnes i Microsoft Teams for å logge deg inn.';
