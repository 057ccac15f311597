/** Which audit entries to list; every condition is optional and they combine with AND. */
export interface AuditFilter {
  /** Entries about this settlement (resource `settlement:<id>`). */
  readonly settlementId?: string;
  /** Entries by this user (Entra object id). */
  readonly actorId?: string;
  /** Entries of this action, e.g. `personal-data.read`. */
  readonly action?: string;
  /** Entries that concern at least this many persons (`details.persons` or the length of `details.personIds`). */
  readonly minPersons?: number;
  /** ISO instant, inclusive. */
  readonly fromAt?: string;
  /** ISO instant, exclusive. */
  readonly toAt?: string;
}

/** Where a page of the audit log ends: the next page starts strictly after this entry (newest first). */
export interface AuditCursor {
  readonly at: string;
  readonly id: string;
}

/** One page of the audit log. */
export interface AuditPageQuery {
  readonly filter: AuditFilter;
  /** Entries per page, 1–200. */
  readonly limit: number;
  readonly after?: AuditCursor;
}

/** Entries newest first (ties by id); `next` when more follow. */
export interface AuditPage<Entry> {
  readonly entries: readonly Entry[];
  readonly next?: AuditCursor;
}

/** Most entries one page may hold. */
export const MAX_AUDIT_PAGE_SIZE = 200;
