import { isReferenceSearch } from '../../platform/reference-search.js';

/** The audit log's filters as the tab keeps them: in the hash query (`#/revisjon?actorId=…`), named as the API names them. */
export interface AuditFilterState {
  readonly settlementId: string;
  /** A settlement reference as typed (`BOS-2026-014`, `2026-14`); only a reference gets here. */
  readonly reference: string;
  readonly actorId: string;
  readonly action: string;
  readonly from: string;
  readonly to: string;
  readonly minPersons: string;
}

const KEYS = ['settlementId', 'reference', 'actorId', 'action', 'from', 'to', 'minPersons'] as const;

/** The filters in a hash query; unknown parameters are ignored, missing ones empty (no filter). */
export function auditFiltersFrom(query: URLSearchParams): AuditFilterState {
  const value = (key: (typeof KEYS)[number]): string => query.get(key)?.trim() ?? '';
  return {
    settlementId: value('settlementId'),
    // A text that is no reference (a name, perhaps) is never used, even from an edited address.
    reference: isReferenceSearch(value('reference')) ? value('reference') : '',
    actorId: value('actorId'),
    action: value('action'),
    from: value('from'),
    to: value('to'),
    minPersons: value('minPersons'),
  };
}

/** The query string of the set filters (no leading `?`), the same for the API and the hash. */
export function auditFilterQuery(filters: AuditFilterState): string {
  const query = new URLSearchParams();
  for (const key of KEYS) if (filters[key] !== '') query.set(key, filters[key]);
  return query.toString();
}

/** Whether any filter is set. */
export function hasAuditFilter(filters: AuditFilterState): boolean {
  return KEYS.some((key) => filters[key] !== '');
}

/** `GET /api/audit` for a page under the filters. */
export function auditPagePath(filters: AuditFilterState, pageSize: number, continuationToken?: string): string {
  const query = new URLSearchParams(auditFilterQuery(filters));
  query.set('limit', String(pageSize));
  if (continuationToken) query.set('continuationToken', continuationToken);
  return `/api/audit?${query.toString()}`;
}

/** `GET /api/audit/export` for the whole selection. */
export function auditExportPath(filters: AuditFilterState): string {
  const query = auditFilterQuery(filters);
  return `/api/audit/export${query ? `?${query}` : ''}`;
}
