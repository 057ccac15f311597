import './platform/fluent/define-fluent-components.js';
import { ApiClient } from './platform/api-client.js';
import { CurrentUser } from './platform/current-user.js';
import { hashNamesNoRoute, routeForSubPageId } from './platform/deep-link.js';
import { parseSessionConfig } from './platform/api-types.js';
import { DevSignIn } from './platform/dev-sign-in.js';
import { DevTokenStore } from './platform/dev-token-store.js';
import { byId, el } from './platform/dom.js';
import { ErrorAlert } from './platform/error-alert.js';
import { keepHashLinksInPage } from './platform/hash-links.js';
import { NavBar } from './platform/nav-bar.js';
import { CardRenderer } from './platform/render-card.js';
import { createRouter } from './routes.js';
import { OUTSIDE_TEAMS_MESSAGE, ssoTokenSource } from './platform/sso-sign-in.js';
import { connectToHost, type HostEnvironment } from './platform/teams-context.js';
import { applyFluentTheme } from './platform/fluent/apply-fluent-theme.js';
import { confirmLeave } from './platform/fluent/confirm-leave.js';
import { askBeforeUnload } from './platform/unsaved-changes.js';
import { themeFromQuery, themeFromTeams, type Theme } from './platform/theme.js';
import { ViewHost } from './platform/view-host.js';
import { notFoundView } from './platform/not-found-view.js';

/** How long teams-js gets before the tab concludes it runs in a plain browser. */
const TEAMS_TIMEOUT_MS = 1500;

/** Entry point: connect to Teams (or not), apply the theme, sign in, then show the routed view. */
async function main(alert: ErrorAlert): Promise<void> {
  canonicaliseUrl();
  keepHashLinksInPage(document);
  const outlet = byId('view');
  const host = await connectToHost({ timeoutMs: TEAMS_TIMEOUT_MS });
  followDeepLink(host);
  const theme = initialTheme(host);
  applyFluentTheme(theme);

  const publicApi = new ApiClient({ getToken: async () => undefined });
  const config = parseSessionConfig(await publicApi.get('/api/session-config', { auth: false }));
  if (config.mode === 'unconfigured') {
    const message = config.message ?? '';
    alert.show(message);
    outlet.removeAttribute('aria-busy');
    outlet.replaceChildren(el('h1', {}, 'Innlogging er ikke satt opp'), el('p', {}, message));
    return;
  }
  const devSignIn =
    config.mode === 'dev'
      ? new DevSignIn({
          outlet,
          noticeSlot: byId('notices'),
          sessionBar: byId('session-bar'),
          publicApi,
          store: new DevTokenStore({ storage: window.sessionStorage }),
          alert,
          confirmLeave,
        })
      : undefined;
  const getToken = devSignIn ? () => devSignIn.getToken() : ssoTokenSource(host);
  if (!getToken) {
    alert.show(OUTSIDE_TEAMS_MESSAGE);
    outlet.removeAttribute('aria-busy');
    outlet.replaceChildren(el('h1', {}, 'Åpne Introteam i Teams'), el('p', {}, OUTSIDE_TEAMS_MESSAGE));
    return;
  }

  const api = new ApiClient({ getToken, onUnauthorized: (error) => devSignIn?.handleUnauthorized(error) });
  const cards = new CardRenderer({ api, theme, onError: (error) => alert.showError(error) });
  followThemeChanges(host, cards);
  const user = new CurrentUser({ api, getToken });
  const nav = new NavBar(byId('main-nav'), user);
  askBeforeUnload(window);
  const views = new ViewHost({ outlet, alert, router: createRouter(), notFound: notFoundView, context: { api, cards, user }, confirmLeave });
  // The navigation follows the signed-in user: hidden while a demo user is chosen, rebuilt after.
  const lifecycle = {
    suspend: () => {
      nav.clear();
      views.suspend();
    },
    start: () => {
      views.start();
      void nav.refresh();
    },
  };
  if (devSignIn) await devSignIn.start(lifecycle);
  else lifecycle.start();
}

/** Inside Teams, a deep link's `subPageId` (from the announcement card) picks the route, unless the URL names one. */
function followDeepLink(host: HostEnvironment): void {
  const route = host.kind === 'teams' ? routeForSubPageId(host.subPageId) : undefined;
  if (route && hashNamesNoRoute(window.location.hash)) {
    const { pathname, search } = window.location;
    window.history.replaceState(null, '', `${pathname}${search}#${route}`);
  }
}

/** The Teams theme inside Teams; outside, `?theme=dark|contrast` for testing, else the light theme. */
function initialTheme(host: HostEnvironment): Theme {
  return host.kind === 'teams' ? themeFromTeams(host.theme) : (themeFromQuery(window.location.search) ?? 'default');
}

/** Re-themes the page and its cards when the user switches theme in Teams. */
function followThemeChanges(host: HostEnvironment, cards: CardRenderer): void {
  if (host.kind !== 'teams') return;
  host.onThemeChange((name) => {
    const theme = themeFromTeams(name);
    applyFluentTheme(theme);
    cards.setTheme(theme);
  });
}

/** `/tab` and `/tab/` are the same page; move to the base URL so hash links do not reload the page. */
function canonicaliseUrl(): void {
  const base = new URL(document.baseURI);
  const { pathname, search, hash } = window.location;
  if (`${pathname}/` === base.pathname) window.history.replaceState(null, '', `${base.pathname}${search}${hash}`);
}

/** Start-up failed (e.g. the server is down): say so, and offer a reload. */
function showStartFailure(alert: ErrorAlert, error: unknown): void {
  alert.showError(error);
  const outlet = byId('view');
  const reload = el('fluent-button', { type: 'button', appearance: 'secondary' }, 'Last inn på nytt');
  reload.addEventListener('click', () => window.location.reload());
  outlet.removeAttribute('aria-busy');
  outlet.replaceChildren(el('div', { class: 'panel' }, el('p', {}, 'Introteam kunne ikke starte.'), reload));
}

const alert = new ErrorAlert(byId('error-alert'));
main(alert).catch((error: unknown) => showStartFailure(alert, error));
