import type { Settlement } from '../domain/settlement.js';

/** Where a page of the settlement list ends: the last settlement's arrival date and id (the list's sort key). */
export interface SettlementCursor {
  readonly arrivalDate: string;
  readonly id: string;
}

/** Which page of settlements, newest arrival first (ties by id), and which settlements count. */
export interface SettlementPageQuery {
  /** Settlements per page (1–100). */
  readonly limit: number;
  /** Start after this one (the previous page's `next`); the first page without. */
  readonly after?: SettlementCursor;
  /** Only settlements that affect at least one of these units (a unit member's view). */
  readonly affectingAnyOf?: readonly string[];
  /** Only settlements with this status. */
  readonly status?: Settlement['status'];
  /** Only settlements that affect this unit (with {@link affectingAnyOf}: both must hold). */
  readonly unitId?: string;
  /** Only settlements arriving in this month, `yyyy-MM`. */
  readonly arrivalMonth?: string;
  /** Only the settlement with this reference (`BOS-2026-014`, canonical form). */
  readonly reference?: string;
  /** Only settlements registered or changed at or after this instant (ISO timestamp). */
  readonly changedSince?: string;
}

/** One page, and where the next one starts (absent on the last page). */
export interface SettlementPage {
  readonly settlements: Settlement[];
  readonly next?: SettlementCursor;
}
