import type { ApiClient } from './api-client.js';
import { invalidResponseError } from './api-error.js';
import type { DevTokenRequest, DevTokenResponse, DevUser, DevUsersResponse } from '../../../contract/session.js';
import type { DevToken } from './dev-token-store.js';
import { el } from './dom.js';
import type { ErrorAlert } from './error-alert.js';
import { formatRoleSummary } from './role-label.js';

/** Options for {@link pickDevUser}. */
export interface PickDevUserOptions {
  /** Where the picker is shown (the `<main>` outlet). */
  readonly outlet: HTMLElement;
  /** Client for the unauthenticated dev endpoints. */
  readonly api: ApiClient;
  readonly alert: ErrorAlert;
}

/** Shows the demo users as buttons and resolves with a dev token once one is chosen and issued. */
export async function pickDevUser(options: PickDevUserOptions): Promise<DevToken> {
  const { outlet, alert } = options;
  const users = await loadUsers(options);
  return new Promise((resolve) => {
    const buttons = users.map((user) => userButton(user));
    const picker = el(
      'section',
      { class: 'panel', 'data-testid': 'dev-user-picker', 'aria-labelledby': 'picker-heading' },
      el('h1', { id: 'picker-heading', tabindex: '-1' }, 'Velg demobruker'),
      el('p', {}, 'Velg hvem du vil bruke Introteam som. Rollene avgjør hva du får se.'),
      users.length === 0
        ? el('p', {}, 'Ingen demobrukere er satt opp på serveren.')
        : el('ul', { class: 'user-list' }, ...buttons.map(([, button]) => el('li', {}, button))),
    );
    for (const [user, button] of buttons) {
      button.addEventListener('click', () => {
        setDisabled(buttons, true);
        alert.clear();
        issueToken(options.api, user.id).then(resolve, (error: unknown) => {
          alert.showError(error);
          setDisabled(buttons, false);
        });
      });
    }
    outlet.replaceChildren(picker);
    picker.querySelector<HTMLElement>('h1')?.focus();
  });
}

/** Loads the demo users, offering "Prøv igjen" in the outlet until it works. */
async function loadUsers({ api, outlet, alert }: PickDevUserOptions): Promise<readonly DevUser[]> {
  for (;;) {
    try {
      const { users } = (await api.get('/api/dev/users', { auth: false })) as DevUsersResponse;
      if (!Array.isArray(users)) throw invalidResponseError(200);
      return users;
    } catch (error) {
      alert.showError(error);
      await new Promise<void>((retry) => {
        const button = el('fluent-button', { type: 'button', appearance: 'secondary' }, 'Prøv igjen');
        button.addEventListener('click', () => retry());
        outlet.replaceChildren(el('div', { class: 'panel' }, el('p', {}, 'Fant ikke demobrukerne.'), button));
      });
      alert.clear();
    }
  }
}

function userButton(user: DevUser): [DevUser, HTMLButtonElement] {
  const button = el(
    'button',
    { type: 'button', class: 'user-button', 'data-testid': `dev-user-${user.id}` },
    el('span', { class: 'user-name' }, user.displayName),
    // Keeps the name and the roles apart in the button's accessible name.
    el('span', { class: 'visually-hidden' }, ', '),
    el('span', { class: 'user-roles' }, formatRoleSummary(user.roles)),
  );
  return [user, button];
}

async function issueToken(api: ApiClient, userId: string): Promise<DevToken> {
  const reply = (await api.post('/api/dev/token', { userId } satisfies DevTokenRequest, { auth: false })) as
    Partial<DevTokenResponse> | undefined;
  if (typeof reply?.token !== 'string' || typeof reply.expiresAt !== 'string') throw invalidResponseError(200);
  return { token: reply.token, expiresAt: reply.expiresAt };
}

function setDisabled(buttons: readonly [DevUser, HTMLButtonElement][], disabled: boolean): void {
  for (const [, button] of buttons) button.disabled = disabled;
}
