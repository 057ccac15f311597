import type { AuditEntryView, AuditResponse } from '../../../../contract/audit.js';
import { invalidResponseError, userMessageFor } from '../../platform/api-error.js';
import { canReadAudit } from '../../platform/access.js';
import { formatIsoDate, parseDisplayDate } from '../../platform/display-date.js';
import { el } from '../../platform/dom.js';
import { FormErrors } from '../../platform/form-errors.js';
import { selectField, textField } from '../../platform/form-fields.js';
import { isReferenceSearch, NOT_A_REFERENCE } from '../../platform/reference-search.js';
import { hrefFor } from '../../platform/router.js';
import type { View } from '../../platform/view.js';
import {
  auditExportPath,
  auditFilterQuery,
  auditFiltersFrom,
  auditPagePath,
  hasAuditFilter,
  type AuditFilterState,
} from './audit-filters.js';

/** Entries per page of the log. */
const PAGE_SIZE = 50;
const COLUMNS = ['Tidspunkt', 'Hvem', 'Hendelse', 'Bosetting', 'Enhet', 'Personer', 'Detaljer'];

/** `#/revisjon`: the audit log (admin/coordinator) in Norwegian, filtered by the hash query, a page at a time, downloadable as CSV. */
export const auditLogView: View = async (target, { api, user, query }) => {
  const me = await user.me();
  target.append(el('h1', { tabindex: '-1' }, 'Revisjonslogg'));
  if (!canReadAudit(me.roles)) {
    target.append(el('p', { class: 'panel' }, 'Bare bosettingskoordinatorer og administratorer kan lese revisjonsloggen.'));
    return;
  }
  const filters = auditFiltersFrom(query);
  const first = parseAuditPage(await api.get(auditPagePath(filters, PAGE_SIZE)));
  let next = first.continuationToken;
  const rows = el('tbody', {}, ...first.entries.map(entryRow));
  const status = el('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const caption = el('caption', { id: 'audit-caption' }, captionText(first.entries.length, next !== undefined, filters));
  let shown = first.entries.length;
  const more = el('fluent-button', { type: 'button', appearance: 'secondary', 'data-testid': 'audit-more' }, 'Vis flere hendelser');
  more.hidden = next === undefined;
  more.addEventListener('click', async () => {
    more.setAttribute('disabled', '');
    try {
      const page = parseAuditPage(await api.get(auditPagePath(filters, PAGE_SIZE, next)));
      next = page.continuationToken;
      rows.append(...page.entries.map(entryRow));
      shown += page.entries.length;
      caption.textContent = captionText(shown, next !== undefined, filters);
      status.textContent = page.entries.length === 1 ? '1 hendelse til vises.' : `${page.entries.length} hendelser til vises.`;
      more.hidden = next === undefined;
    } catch (error) {
      status.textContent = `Kunne ikke hente flere hendelser. ${userMessageFor(error)}`;
    } finally {
      more.removeAttribute('disabled');
    }
  });

  target.append(
    el('p', {}, 'Hver åpning av navn i sikker sone og hver endring av bosettinger loggføres her. Loggen kan ikke endres.'),
    filterForm(filters, first.filters),
    exportButton(filters, (blob) => saveFile(blob, `revisjonslogg-${new Date().toISOString().slice(0, 10)}.csv`), api.getBlob.bind(api)),
    first.entries.length === 0
      ? el('p', { class: 'panel', 'data-testid': 'audit-table' }, hasAuditFilter(filters) ? 'Ingen hendelser passer filteret.' : 'Loggen er tom.')
      : el(
          'div',
          { class: 'table-scroll', role: 'region', 'aria-labelledby': 'audit-caption', tabindex: '0' },
          el(
            'table',
            { class: 'data-table', 'data-testid': 'audit-table' },
            caption,
            el('thead', {}, el('tr', {}, ...COLUMNS.map((h) => el('th', { scope: 'col' }, h)))),
            rows,
          ),
        ),
    el('p', {}, more),
    status,
  );
};

function filterForm(filters: AuditFilterState, options: AuditResponse['filters']): HTMLElement {
  const reference = textField({
    testId: 'audit-filter-reference',
    label: 'Bosetting (referanse)',
    hint: 'For eksempel BOS-2026-014 eller 2026-14',
    value: filters.reference,
    maxLength: 40,
  });
  const who = selectField({
    testId: 'audit-filter-user',
    label: 'Hvem',
    value: filters.actorId,
    options: [{ value: '', label: 'Alle' }, ...options.users],
  });
  const action = selectField({
    testId: 'audit-filter-action',
    label: 'Hendelse',
    value: filters.action,
    options: [{ value: '', label: 'Alle' }, ...options.actions],
  });
  const from = textField({ testId: 'audit-filter-from', label: 'Fra dato', value: displayDate(filters.from), placeholder: 'dd.mm.åååå' });
  const to = textField({ testId: 'audit-filter-to', label: 'Til dato', value: displayDate(filters.to), placeholder: 'dd.mm.åååå' });
  const persons = textField({
    testId: 'audit-filter-persons',
    label: 'Minst antall personer',
    hint: 'Hendelser som gjelder minst så mange personer',
    value: filters.minPersons,
    inputMode: 'numeric',
  });
  const form = el(
    'form',
    { class: 'filter-bar', 'data-testid': 'audit-filters', 'aria-label': 'Filtrer revisjonsloggen' },
    reference.wrapper,
    who.wrapper,
    action.wrapper,
    from.wrapper,
    to.wrapper,
    persons.wrapper,
    filters.settlementId
      ? el(
          'p',
          { class: 'filter-chip', 'data-testid': 'audit-filter-settlement' },
          'Bare én bosetting · ',
          el('a', { href: hrefFor(`/revisjon?${auditFilterQuery({ ...filters, settlementId: '' })}`) }, 'vis alle bosettinger'),
        )
      : null,
    el(
      'p',
      { class: 'form-actions' },
      el('fluent-button', { type: 'submit', appearance: 'primary', 'data-testid': 'audit-filter-apply' }, 'Bruk filter'),
      hasAuditFilter(filters) ? el('fluent-anchor-button', { href: hrefFor('/revisjon'), appearance: 'secondary', 'data-testid': 'audit-filter-reset' }, 'Nullstill') : null,
    ),
  );
  const errors = new FormErrors(form);
  form.prepend(errors.element);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typedReference = reference.control.value.trim();
    if (typedReference !== '' && !isReferenceSearch(typedReference)) {
      // Never into the address: the text may be a name.
      errors.showFieldErrors([{ field: 'audit-filter-reference', message: NOT_A_REFERENCE }]);
      return;
    }
    errors.clear();
    const chosen: AuditFilterState = {
      settlementId: filters.settlementId,
      reference: typedReference,
      actorId: who.control.value ?? '',
      action: action.control.value ?? '',
      // A date the tab cannot read goes to the server as typed, which answers with the Norwegian reason.
      from: parseDisplayDate(from.control.value) ?? from.control.value.trim(),
      to: parseDisplayDate(to.control.value) ?? to.control.value.trim(),
      minPersons: persons.control.value.trim(),
    };
    const search = auditFilterQuery(chosen);
    window.location.hash = hrefFor(search ? `/revisjon?${search}` : '/revisjon');
  });
  return form;
}

/** An ISO date from the address as dd.MM.yyyy in the field; anything else as it is. */
function displayDate(value: string): string {
  return value ? formatIsoDate(value) : '';
}

function exportButton(
  filters: AuditFilterState,
  save: (blob: Blob) => void,
  getBlob: (path: string) => Promise<Blob>,
): HTMLElement {
  const button = el('fluent-button', { type: 'button', appearance: 'secondary', 'data-testid': 'audit-export' }, 'Last ned som CSV');
  const message = el('span', { class: 'field-hint', role: 'status', 'aria-live': 'polite', 'data-testid': 'audit-export-status' });
  button.addEventListener('click', async () => {
    button.setAttribute('disabled', '');
    message.textContent = 'Henter …';
    try {
      save(await getBlob(auditExportPath(filters)));
      message.textContent = 'Lastet ned. Nedlastingen er loggført.';
    } catch (error) {
      message.textContent = `Kunne ikke laste ned. ${userMessageFor(error)}`;
    } finally {
      button.removeAttribute('disabled');
    }
  });
  return el('p', { class: 'export-bar' }, button, ' ', message);
}

function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function entryRow(entry: AuditEntryView): HTMLElement {
  return el(
    'tr',
    { 'data-testid': `audit-row-${entry.id}` },
    el('td', { class: 'nowrap' }, el('time', { datetime: entry.at }, entry.when)),
    el('td', {}, entry.who),
    el('td', {}, entry.actionLabel),
    el(
      'td',
      { class: 'nowrap' },
      entry.settlement
        ? el(
            'a',
            { href: hrefFor(`/bosettinger/${encodeURIComponent(entry.settlement.id)}`), 'data-testid': `audit-settlement-${entry.id}` },
            entry.settlement.label,
          )
        : '',
    ),
    el('td', {}, entry.unit ?? ''),
    el('td', { class: 'numeric' }, entry.persons === undefined ? '' : String(entry.persons)),
    el('td', {}, entry.details ?? ''),
  );
}

function captionText(count: number, moreFollow: boolean, filters: AuditFilterState): string {
  const events = count === 1 ? '1 hendelse' : `${count} hendelser`;
  return `${events}${hasAuditFilter(filters) ? ' som passer filteret' : ''}, nyeste først${moreFollow ? ' (flere finnes)' : ''}`;
}

function parseAuditPage(body: unknown): AuditResponse {
  const page = body as Partial<AuditResponse> | undefined;
  if (!Array.isArray(page?.entries) || !Array.isArray(page?.filters?.users) || !Array.isArray(page?.filters?.actions)) {
    throw invalidResponseError(200);
  }
  return page as AuditResponse;
}
