import { el } from '../../../platform/dom.js';
import { selectField, textField } from '../../../platform/form-fields.js';
import { hrefFor } from '../../../platform/router.js';
import {
  NOT_A_REFERENCE,
  NO_FILTERS,
  arrivalMonthOptions,
  isFiltered,
  isReferenceSearch,
  listPathFor,
  type SettlementListFilters,
} from '../settlement-filters.js';

/** Options of {@link settlementFilterForm}. */
export interface SettlementFilterFormOptions {
  /** The filters the list was opened with (from the hash query). */
  readonly filters: SettlementListFilters;
  /** Units to filter by. */
  readonly units: readonly { readonly id: string; readonly name: string }[];
  /** Oslo's today, `yyyy-MM-dd`, for the month choices. */
  readonly today: string;
}

/** The search form and the control whose error slot shows a refused search. */
export interface SettlementFilterForm {
  readonly element: HTMLFormElement;
  /** Shows the server's Norwegian message by the search field. */
  showSearchError(message: string): void;
}

/**
 * The list's search field and its status, unit and month filters. Submitting puts them in the
 * address (`#/bosettinger?sok=…`), which opens the list anew with them, so a filtered list is a link.
 */
export function settlementFilterForm(options: SettlementFilterFormOptions): SettlementFilterForm {
  const { filters } = options;
  const search = textField({
    testId: 'settlement-search',
    label: 'Søk på referanse',
    hint: 'For eksempel BOS-2026-014 eller 2026-14',
    value: filters.q,
    maxLength: 40,
  });
  const status = selectField({
    testId: 'settlement-filter-status',
    label: 'Status',
    value: filters.status,
    options: [
      { value: '', label: 'Alle' },
      { value: 'open', label: 'Aktive' },
      { value: 'cancelled', label: 'Avlyste' },
    ],
  });
  const unit = selectField({
    testId: 'settlement-filter-unit',
    label: 'Enhet',
    value: filters.unitId,
    options: [{ value: '', label: 'Alle enheter' }, ...options.units.map((u) => ({ value: u.id, label: u.name }))],
  });
  const month = selectField({
    testId: 'settlement-filter-month',
    label: 'Ankomstmåned',
    value: filters.arrivalMonth,
    options: [{ value: '', label: 'Alle måneder' }, ...arrivalMonthOptions(options.today)],
  });
  const form = el(
    'form',
    { class: 'settlement-filters', role: 'search', 'aria-label': 'Søk og filtrer bosettinger', 'data-testid': 'settlement-filters' },
    search.wrapper,
    status.wrapper,
    unit.wrapper,
    month.wrapper,
    el(
      'p',
      { class: 'form-actions' },
      el('fluent-button', { type: 'submit', appearance: 'secondary', 'data-testid': 'settlement-filter-apply' }, 'Søk'),
      isFiltered(filters)
        ? el('fluent-anchor-button', { href: hrefFor(listPathFor(NO_FILTERS)), appearance: 'subtle', 'data-testid': 'settlement-filter-clear' }, 'Vis alle')
        : null,
    ),
  );
  const showSearchError = (message: string): void => {
    const errorId = search.control.getAttribute('data-error-id');
    const slot = errorId ? form.querySelector<HTMLElement>(`[id="${errorId}"]`) : null;
    if (slot) {
      slot.textContent = message;
      slot.hidden = false;
    }
    search.control.setAttribute('aria-invalid', 'true');
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = search.control.value.trim();
    if (text !== '' && !isReferenceSearch(text)) {
      // Never into the address: the text may be a name.
      showSearchError(NOT_A_REFERENCE);
      search.control.focus();
      return;
    }
    const chosen: SettlementListFilters = {
      q: text,
      status: status.control.value === 'open' || status.control.value === 'cancelled' ? status.control.value : '',
      unitId: unit.control.value ?? '',
      arrivalMonth: month.control.value ?? '',
    };
    window.location.hash = hrefFor(listPathFor(chosen));
  });
  return {
    element: form,
    showSearchError,
  };
}
