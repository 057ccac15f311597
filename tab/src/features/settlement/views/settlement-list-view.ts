import { canManageSettlements } from '../../../platform/access.js';
import { ApiError } from '../../../platform/api-error.js';
import type { ApiClient } from '../../../platform/api-client.js';
import { osloToday } from '../../../platform/display-date.js';
import { el } from '../../../platform/dom.js';
import { marker } from '../../../platform/markers.js';
import { hrefFor } from '../../../platform/router.js';
import { nextPageToken, parseSettlementList } from '../parse-settlement.js';
import { filtersFromHashQuery, isFiltered, listApiPath, ownUnits, seesAllUnits } from '../settlement-filters.js';
import { settlementRows, type SettlementRow, type UnitCell } from '../settlement-rows.js';
import type { MeResponse } from '../../../../../contract/session.js';
import type { View } from '../../../platform/view.js';
import { settlementFilterForm } from './settlement-filter-form.js';

/** Settlements per page of the list. */
const PAGE_SIZE = 25;

/**
 * `#/bosettinger`: the settlements, newest arrival first, a page at a time, with their units'
 * announcements and flows, overdue work marked. Search and filters come from the address
 * (`?sok=&status=&enhet=&ankomst=`), so a link can open a filtered list.
 */
export const settlementListView: View = async (target, { api, user, query }) => {
  const filters = filtersFromHashQuery(query);
  const me = await user.me();
  const [units, first] = await Promise.all([unitChoices(api, me), firstPage(api, listApiPath(filters, PAGE_SIZE))]);
  const form = settlementFilterForm({ filters, units, today: osloToday() });
  if (first.refused) form.showSearchError(first.refused);
  const body = first.body ?? { settlements: [] };
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
      const page = await api.get(listApiPath(filters, PAGE_SIZE, next));
      const added = settlementRows(parseSettlementList(page));
      next = nextPageToken(page);
      rows.push(...added);
      list.append(...added.map(rowItem));
      summaryLine.textContent = summary(rows, next !== undefined);
      status.textContent = added.length === 1 ? '1 bosetting til vises.' : `${added.length} bosettinger til vises.`;
      more.hidden = next === undefined;
    } catch (error) {
      status.textContent = error instanceof ApiError ? error.message : 'Kunne ikke hente flere bosettinger. Prøv igjen.';
    } finally {
      more.removeAttribute('disabled');
    }
  });
  const empty = isFiltered(filters) ? 'Ingen bosettinger passer til søket.' : 'Ingen bosettinger er registrert ennå.';
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
    form.element,
    summaryLine,
    rows.length === 0 ? el('p', { class: 'panel', 'data-testid': 'settlement-list' }, empty) : list,
    el('p', {}, more),
    status,
  );
};

/** The first page, or the server's Norwegian reason when it refused the search (a text that is no reference). */
async function firstPage(api: ApiClient, path: string): Promise<{ body?: unknown; refused?: string }> {
  try {
    return { body: await api.get(path) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) return { refused: error.message };
    throw error;
  }
}

/** The units the unit filter offers (see {@link seesAllUnits}). */
async function unitChoices(api: ApiClient, me: MeResponse): Promise<{ id: string; name: string }[]> {
  if (!seesAllUnits(me.roles)) return ownUnits(me.roles);
  const body = (await api.get('/api/units')) as { units?: unknown };
  if (!Array.isArray(body.units)) return [];
  return body.units.filter(
    (u): u is { id: string; name: string } => typeof u === 'object' && u !== null && typeof u.id === 'string' && typeof u.name === 'string',
  );
}

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
      el('h2', { id: headingId }, el('a', { href: hrefFor(`/bosettinger/${encodeURIComponent(row.id)}`) }, row.heading)),
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
    el('caption', { class: 'visually-hidden' }, `Enhetene for ${row.reference ?? `bosettingen med ankomst ${row.arrivalText}`}`),
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
