import type { AgeBand } from './age-band.js';
import type { MemberRole } from './household-member.js';
import type { IsoDate } from '../../../kernel/dates/iso-date.js';
import type { MemberNeeds } from './member-needs.js';

/** `open` while the settlement is expected or under way; `cancelled` once called off. */
export type SettlementStatus = 'open' | 'cancelled';

/**
 * A household member as the name-free settlement document keeps it. The `never` fields make it a
 * type error to put a personal record (or anything with a name or birth date) in its place.
 */
export interface SettlementMember {
  readonly personId: string;
  readonly role: MemberRole;
  /** Age band at the arrival date, instead of the birth date. */
  readonly ageBand: AgeBand;
  /** `personId`s of the child's guardians in the household (pseudonymous links). */
  readonly guardianIds: readonly string[];
  readonly needs: MemberNeeds;
  readonly fullName?: never;
  readonly birthDate?: never;
}

/** A unit affected by a settlement, with the persons that unit may see in the secure zone. */
export interface AffectedUnit {
  readonly unitId: string;
  /** Persons matched by the unit's rules, plus their guardians where the rule says so; household order. */
  readonly personIds: readonly string[];
}

/**
 * The name-free settlement document: everything in it may be read by every affected unit and
 * summarised on cards. Names, birth dates and the note live only in the personal-data container.
 */
export interface Settlement {
  readonly type: 'settlement';
  readonly id: string;
  readonly tenantId: string;
  /**
   * Name-free reference shown to people (`BOS-2026-014`, see settlement-reference.ts). Absent only on
   * a settlement registered before references existed, until housekeeping gives it one.
   */
  readonly reference?: string;
  readonly status: SettlementStatus;
  readonly arrivalDate: IsoDate;
  /** Area or district, never a street address; not shown on cards. */
  readonly addressArea?: string;
  readonly adultCount: number;
  readonly childCount: number;
  readonly members: readonly SettlementMember[];
  /** Affected units in rule order, with the persons each may see. */
  readonly affectedUnits: readonly AffectedUnit[];
  /** The ids of {@link affectedUnits}, kept flat for `ARRAY_CONTAINS` queries. */
  readonly affectedUnitIds: readonly string[];
  /** Entra object id of the coordinator who registered it. */
  readonly createdBy: string;
  /** ISO timestamp. */
  readonly createdAt: string;
  readonly updatedBy?: string;
  readonly updatedAt?: string;
  /** 1 when registered; every edit or cancellation adds one. */
  readonly version: number;
  readonly fullName?: never;
  readonly birthDate?: never;
}
