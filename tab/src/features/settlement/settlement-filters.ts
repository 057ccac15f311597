import type { RoleView } from '../../../../contract/session.js';
import { isReferenceSearch, NOT_A_REFERENCE } from '../../platform/reference-search.js';

export { isReferenceSearch, NOT_A_REFERENCE };

/** The list's search and filters as the form holds them; `''` means "not filtered". */
export interface SettlementListFilters {
  /** Reference search text, e.g. `BOS-2026-014` or `2026-14` (the server parses it). */
  readonly q: string;
  readonly status: '' | 'open' | 'cancelled';
  readonly unitId: string;
  /** `yyyy-MM`. */
  readonly arrivalMonth: string;
}

/** No search, no filter. */
export const NO_FILTERS: SettlementListFilters = { q: '', status: '', unitId: '', arrivalMonth: '' };

// Names in the tab's own address (`#/bosettinger?sok=…&status=open&enhet=barnehage&ankomst=2026-04`), so a link opens a filtered list.
const HASH_KEYS = { q: 'sok', status: 'status', unitId: 'enhet', arrivalMonth: 'ankomst' } as const;
// Names in `GET /api/settlements`.
const API_KEYS = { q: 'q', status: 'status', unitId: 'unitId', arrivalMonth: 'arrivalMonth' } as const;
const FIELDS = ['q', 'status', 'unitId', 'arrivalMonth'] as const;

/** The filters in the hash query; values the form does not know, and a search that is no reference, are dropped. */
export function filtersFromHashQuery(query: URLSearchParams): SettlementListFilters {
  const status = query.get(HASH_KEYS.status) ?? '';
  const month = query.get(HASH_KEYS.arrivalMonth) ?? '';
  return {
    q: isReferenceSearch(query.get(HASH_KEYS.q) ?? '') ? (query.get(HASH_KEYS.q) ?? '').trim() : '',
    status: status === 'open' || status === 'cancelled' ? status : '',
    unitId: query.get(HASH_KEYS.unitId) ?? '',
    arrivalMonth: /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : '',
  };
}

/** The hash path of the list with these filters (`/bosettinger` without any). */
export function listPathFor(filters: SettlementListFilters): string {
  const query = queryOf(filters, HASH_KEYS);
  return query.toString() === '' ? '/bosettinger' : `/bosettinger?${query.toString()}`;
}

/** `GET /api/settlements` for one page with these filters, after `continuationToken` when given. */
export function listApiPath(filters: SettlementListFilters, limit: number, continuationToken?: string): string {
  const query = queryOf(filters, API_KEYS);
  query.set('limit', String(limit));
  if (continuationToken) query.set('continuationToken', continuationToken);
  return `/api/settlements?${query.toString()}`;
}

/** Whether any search or filter is set. */
export function isFiltered(filters: SettlementListFilters): boolean {
  return FIELDS.some((field) => filters[field] !== '');
}

/**
 * The units the unit filter offers: every unit for those who see all settlements (admin,
 * coordinator, leader — the server's rule), otherwise the viewer's own units. Only what the tab
 * offers; the server limits the list to what the viewer may see either way.
 */
export function seesAllUnits(roles: readonly RoleView[]): boolean {
  return roles.some((role) => role.role === 'admin' || role.role === 'coordinator' || role.role === 'leader');
}

/** The viewer's own units (unit-member roles), by id and name. */
export function ownUnits(roles: readonly RoleView[]): { id: string; name: string }[] {
  const units = new Map<string, string>();
  for (const role of roles) if (role.role === 'unit-member' && role.unitId) units.set(role.unitId, role.unitName ?? role.unitId);
  return [...units].map(([id, name]) => ({ id, name }));
}

const MONTH_NAMES = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** Arrival months to choose from: a year back to two years ahead of `today` (`yyyy-MM-dd`), as the registration allows, newest first. */
export function arrivalMonthOptions(today: string): { value: string; label: string }[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  const options = [];
  for (let offset = 24; offset >= -12; offset -= 1) {
    const index = year * 12 + month + offset;
    const y = Math.floor(index / 12);
    const m = index % 12;
    options.push({ value: `${y}-${String(m + 1).padStart(2, '0')}`, label: `${MONTH_NAMES[m]} ${y}` });
  }
  return options;
}

function queryOf(filters: SettlementListFilters, keys: Record<(typeof FIELDS)[number], string>): URLSearchParams {
  const query = new URLSearchParams();
  for (const field of FIELDS) if (filters[field] !== '') query.set(keys[field], filters[field]);
  return query;
}
