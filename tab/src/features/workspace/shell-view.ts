import type { MeResponse, RoleView } from '../../../../contract/session.js';
import { parseCardResponse } from '../../platform/api-types.js';
import { el } from '../../platform/dom.js';
import { formatRoleLabel } from '../../platform/role-label.js';
import { overviewSections } from './overview-sections-view.js';
import type { View } from '../../platform/view.js';

/** The start page ("Oversikt"): the signed-in person's work (sections from the server), then who they are and the municipality's card. */
export const shellView: View = async (target, { api, cards }) => {
  const [me, shell, overview] = await Promise.all([api.get('/api/me'), api.get('/api/shell-card'), api.get('/api/overview')]);
  const { user, roles } = me as MeResponse;
  const cardHost = el('div', { class: 'card-host', 'data-testid': 'shell-card' });
  target.append(
    el('h1', { tabindex: '-1' }, 'Oversikt'),
    ...overviewSections(overview),
    el(
      'section',
      { class: 'panel', 'aria-labelledby': 'me-heading' },
      el('h2', { id: 'me-heading', class: 'visually-hidden' }, 'Din bruker'),
      el('p', { 'data-testid': 'signed-in-user' }, 'Innlogget som ', el('strong', {}, user.displayName)),
      el('h3', { id: 'roles-heading' }, 'Roller'),
      roleList(roles),
    ),
    el('section', { class: 'panel', 'aria-label': 'Introteam-kort' }, cardHost),
  );
  cards.mount(cardHost, parseCardResponse(shell).card);
};

function roleList(roles: readonly RoleView[]): HTMLElement {
  const list = el('ul', { class: 'role-list', 'data-testid': 'role-list', 'aria-labelledby': 'roles-heading' });
  if (roles.length === 0) {
    list.append(el('li', { class: 'muted' }, 'Du har ingen roller ennå. Be en administrator om tilgang.'));
  }
  for (const role of roles) list.append(el('li', { 'data-role': role.role }, formatRoleLabel(role)));
  return list;
}
