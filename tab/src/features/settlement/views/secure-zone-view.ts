import { userMessageFor } from '../../../platform/api-error.js';
import { canWorkInUnit } from '../../../platform/access.js';
import { el } from '../../../platform/dom.js';
import { onViewLeave } from '../../../platform/leave-guard.js';
import { backLink, whileBusy } from '../../../platform/markers.js';
import { isNotForYou, notForYouPanel } from '../../../platform/not-for-you-view.js';
import { hrefFor } from '../../../platform/router.js';
import { parsePersonsResponse, parseSettlementResponse } from '../parse-settlement.js';
import { auditNotice, securePersonRows, type SecurePersonRow } from '../secure-zone-rows.js';
import { householdSummary } from '../settlement-labels.js';
import { settlementTitle } from '../settlement-rows.js';
import type { View } from '../../../platform/view.js';

/**
 * `#/bosettinger/:id/sikker-sone/:unitId`: the names a unit may see. They are fetched only when
 * the user clicks "Vis navn" (each fetch is audited), never go into the URL, the title or the
 * console, and are removed from the DOM when the user hides them or leaves the view.
 */
export const secureZoneView: View = async (target, { api, user, params }) => {
  const id = params.id ?? '';
  const unitId = params.unitId ?? '';
  const settlementPath = `/api/settlements/${encodeURIComponent(id)}`;
  const [body, me] = await Promise.all([api.get(settlementPath), user.me()]);
  const settlement = parseSettlementResponse(body);
  const unit = settlement.units.find((u) => u.unitId === unitId);
  const zone = el('section', { class: 'panel secure-zone', 'data-testid': 'secure-zone', 'aria-labelledby': 'secure-zone-heading' });
  target.append(
    backLink(hrefFor(`/bosettinger/${encodeURIComponent(id)}`), 'Tilbake til bosettingen'),
    el(
      'h1',
      { tabindex: '-1', id: 'secure-zone-heading' },
      `Sikker sone – ${unit?.unitName ?? 'ukjent enhet'}${settlement.reference ? ` – ${settlement.reference}` : ''}`,
    ),
    el('p', {}, `${settlementTitle(settlement)}: ${householdSummary(settlement)}.`),
    zone,
  );
  const blocked =
    unit === undefined
      ? 'Enheten er ikke berørt av denne bosettingen, så den har ingen navn å se her.'
      : settlement.status !== 'open'
        ? 'Bosettingen er avlyst. Navnene er ikke lenger tilgjengelige.'
        : !canWorkInUnit(me.roles, unitId)
          ? 'Du er ikke medlem av denne enheten, og kan derfor ikke se navnene.'
          : undefined;
  if (blocked !== undefined) {
    zone.append(el('p', { 'data-testid': 'secure-zone-blocked' }, blocked));
    return;
  }
  const personsPath = `${settlementPath}/persons?unitId=${encodeURIComponent(unitId)}`;
  fillZone(zone, unit?.unitName ?? '', () => api.get(personsPath));
};

function fillZone(zone: HTMLElement, unitName: string, load: () => Promise<unknown>): void {
  const show = el('fluent-button', { type: 'button', appearance: 'primary', 'data-testid': 'show-names' }, 'Vis navn');
  const hide = el('fluent-button', { type: 'button', appearance: 'secondary', 'data-testid': 'hide-names', hidden: true }, 'Skjul navn');
  const notice = el('p', { class: 'audit-notice', role: 'status', 'data-testid': 'audit-notice' });
  const error = el('p', { class: 'inline-error', role: 'alert', 'data-testid': 'secure-zone-error' });
  const list = el('div', { 'data-testid': 'person-list', 'aria-live': 'off' });
  let left = false;
  const clear = (): void => {
    list.replaceChildren();
    notice.textContent = '';
    hide.hidden = true;
    show.hidden = false;
  };
  onViewLeave(() => {
    left = true;
    clear();
  });
  show.addEventListener(
    'click',
    () =>
      void whileBusy(show, async () => {
        error.textContent = '';
        try {
          const response = parsePersonsResponse(await load());
          // The user may have left while the names were on their way: then they must not be drawn.
          if (left) return;
          list.replaceChildren(personTable(securePersonRows(response), unitName));
          notice.textContent = auditNotice(response.auditedAt);
          show.hidden = true;
          hide.hidden = false;
          hide.focus();
        } catch (failure) {
          // Not for this user (e.g. the unit was removed from the settlement meanwhile): one clear panel instead of the zone.
          if (isNotForYou(failure)) zone.replaceChildren(notForYouPanel(failure, { heading: 'h2' }));
          else error.textContent = userMessageFor(failure);
        }
      }),
  );
  hide.addEventListener('click', () => {
    clear();
    show.focus();
  });
  zone.append(
    el('p', {}, `Her ser du navnene på personene ${unitName} skal følge opp. Navnene hentes først når du ber om det.`),
    el(
      'p',
      { class: 'field-hint' },
      'Hver åpning logges med hvem, når og hvilke personer. Ikke kopier navnene til chat, kanal eller e-post.',
    ),
    el('div', { class: 'task-actions' }, show, hide),
    notice,
    error,
    list,
  );
}

function personTable(rows: readonly SecurePersonRow[], unitName: string): HTMLElement {
  if (rows.length === 0) return el('p', {}, 'Ingen personer i husstanden er relevante for enheten.');
  const header = ['Navn', 'Fødselsdato', 'Rolle', 'Aldersgruppe', 'Foresatte', 'Kjente behov'];
  return el(
    'table',
    { class: 'data-table person-table' },
    el('caption', {}, `Personer ${unitName} skal følge opp (${rows.length})`),
    el('thead', {}, el('tr', {}, ...header.map((text) => el('th', { scope: 'col' }, text)))),
    el(
      'tbody',
      {},
      ...rows.map((row) =>
        el(
          'tr',
          { 'data-person-id': row.personId },
          el('th', { scope: 'row' }, row.name),
          el('td', {}, row.birthDate),
          el('td', {}, row.role),
          el('td', {}, row.ageBand),
          el('td', {}, row.guardians),
          el('td', {}, row.needs),
        ),
      ),
    ),
  );
}
