import { canManageSettlements } from '../../../platform/access.js';
import { el } from '../../../platform/dom.js';
import { marker } from '../../../platform/markers.js';
import { hrefFor } from '../../../platform/router.js';
import { nextPageToken, parseSettlementList } from '../parse-settlement.js';
import { settlementRows, type SettlementRow, type UnitCell } from '../settlement-rows.js';
import type { View } from '../../../platform/view.js';

/** Settlements per page of the list. */
const PAGE_SIZE = 25;

/** `#/bosettinger`: the settlements, newest arrival first, a page at a time, with their units' announcements and flows, overdue work marked. */
export const settlementListView: View = async (target, { api, user }) => {
  const pagePath = (token?: string): string =>
    `/api/settlements?limit=${PAGE_SIZE}${token ? `&continuationToken=${encodeURIComponent(token)}` : ''}`;
  const [body, me] = await Promise.all([api.get(pagePath()), user.me()]);
  const rows = settlementRows(parseSettlementList(body));
  let next = nextPageToken(body);
  const list = el('ul', { class: 'settlement-list', 'data-testid': 'settlement-list' }, ...rows.map(rowItem));
  const summaryLine = el('p', { 'data-testid': 'settlement-summary' }, summary(rows, next !== undefined));
  const status = el('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const more = el(
    'fluent-button',
    { type: 'button', appearance: 'secondary', 'data-testid': 'settlement-list-more' },
    'Vis flere bosettinger',
  );
  more.hidden = next === undefined;
  more.addEventListener('click', async () => {
    more.setAttribute('disabled', '');
    try {
      const page = await api.get(pagePath(next));
      const added = settlementRows(parseSettlementList(page));
      next = nextPageToken(page);
      rows.push(...added);
      list.append(...added.map(rowItem));
      summaryLine.textContent = summary(rows, next !== undefined);
      status.textContent = added.length === 1 ? '1 bosetting til vises.' : `${added.length} bosettinger til vises.`;
      more.hidden = next === undefined;
    } catch {
      status.textContent = 'Kunne ikke hente flere bosettinger. Prøv igjen.';
    } finally {
      more.removeAttribute('disabled');
    }
  });
  target.append(
    el('h1', { tabindex: '-1' }, 'Bosettinger'),
    canManageSettlements(me.roles)
      ? el(
          'p',
          {},
          el(
            'fluent-anchor-button',
            { href: hrefFor('/bosettinger/ny'), appearance: 'primary', 'data-testid': 'new-settlement' },
            'Registrer ny bosetting',
          ),
        )
      : '',
    summaryLine,
    rows.length === 0 ? el('p', { class: 'panel', 'data-testid': 'settlement-list' }, 'Ingen bosettinger er registrert ennå.') : list,
    el('p', {}, more),
    status,
  );
};

function summary(rows: readonly SettlementRow[], moreFollow: boolean): string {
  const open = rows.filter((row) => !row.cancelled);
  const late = open.filter((row) => row.overdueCount > 0).length;
  const count = open.length === 1 ? '1 aktiv bosetting' : `${open.length} aktive bosettinger`;
  const shown = moreFollow ? ' blant de som vises (flere finnes)' : '';
  return late === 0 ? `${count}${shown}, ingen med forfalte oppgaver.` : `${count}${shown}, ${late} med forfalte oppgaver.`;
}

function rowItem(row: SettlementRow): HTMLElement {
  const headingId = `settlement-${row.id}-heading`;
  const classes = ['settlement-row', 'panel', row.overdueCount > 0 ? 'has-overdue' : '', row.cancelled ? 'is-cancelled' : ''];
  return el(
    'li',
    { class: classes.filter(Boolean).join(' '), 'data-testid': `settlement-row-${row.id}` },
    el(
      'article',
      { 'aria-labelledby': headingId },
      el('h2', { id: headingId }, el('a', { href: hrefFor(`/bosettinger/${encodeURIComponent(row.id)}`) }, `Ankomst ${row.arrivalText}`)),
      el(
        'p',
        { class: 'row-meta' },
        row.household,
        row.addressArea ? ` · ${row.addressArea}` : '',
        ' · ',
        row.cancelled ? marker('cancelled', row.statusText) : row.statusText,
      ),
      row.overdueCount > 0 ? el('p', {}, marker('overdue', row.overdueText, `settlement-overdue-${row.id}`)) : null,
      row.deliveryProblems > 0 && !row.cancelled
        ? el(
            'p',
            {},
            marker(
              'warning',
              row.deliveryProblems === 1
                ? '1 enhet har ikke fått kunngjøringen'
                : `${row.deliveryProblems} enheter har ikke fått kunngjøringen`,
            ),
          )
        : null,
      unitTable(row),
    ),
  );
}

function unitTable(row: SettlementRow): HTMLElement {
  if (row.units.length === 0) return el('p', { class: 'muted' }, 'Ingen enheter er berørt.');
  return el(
    'table',
    { class: 'data-table' },
    el('caption', { class: 'visually-hidden' }, `Enhetene for bosettingen med ankomst ${row.arrivalText}`),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'Enhet'),
        el('th', { scope: 'col' }, 'Kunngjøring'),
        el('th', { scope: 'col' }, 'Rutineflyt'),
      ),
    ),
    el('tbody', {}, ...row.units.map((unit) => unitRow(row.id, unit))),
  );
}

function unitRow(settlementId: string, unit: UnitCell): HTMLElement {
  return el(
    'tr',
    { class: unit.overdueCount > 0 ? 'has-overdue' : undefined, 'data-testid': `settlement-${settlementId}-unit-${unit.unitId}` },
    el('th', { scope: 'row' }, unit.unitName),
    el('td', {}, unit.deliveryProblem ? marker('warning', unit.deliveryText) : unit.deliveryText),
    el('td', {}, unit.progressText, unit.overdueCount > 0 ? el('span', { class: 'block' }, marker('overdue', unit.overdueText)) : null),
  );
}
