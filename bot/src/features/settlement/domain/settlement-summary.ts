import { AGE_BANDS, type AgeBand } from './age-band.js';
import type { IsoDate } from '../../../kernel/dates/iso-date.js';
import { NEED_FLAGS, type NeedFlag } from './member-needs.js';
import type { Settlement, SettlementStatus } from './settlement.js';

/** The name-free facts a card or notification may show about a settlement. */
export interface SettlementSummary {
  readonly settlementId: string;
  readonly status: SettlementStatus;
  readonly version: number;
  readonly arrivalDate: IsoDate;
  readonly memberCount: number;
  readonly adultCount: number;
  readonly childCount: number;
  /** Children registered without a guardian in the household (e.g. unaccompanied minors). */
  readonly childrenWithoutGuardian: number;
  /** Bands with at least one member, in band order. */
  readonly ageBands: readonly { readonly band: AgeBand; readonly count: number }[];
  /** Need flags held by at least one member, in flag order. */
  readonly needs: readonly { readonly flag: NeedFlag; readonly count: number }[];
  /** Interpreter languages needed, distinct, in Norwegian alphabetical order. */
  readonly interpreterLanguages: readonly string[];
}

/**
 * Summarises a settlement document for cards. It takes only a {@link Settlement} (a personal
 * record does not type-check) and copies field by field, so nothing else on the object can leak.
 * The address area is left out on purpose: in a small municipality it can point at a household.
 */
export function summarizeSettlement(settlement: Settlement): SettlementSummary {
  const members = settlement.members;
  const languages = new Set(members.flatMap((member) => (member.needs.interpreterLanguage ? [member.needs.interpreterLanguage] : [])));
  return {
    settlementId: settlement.id,
    status: settlement.status,
    version: settlement.version,
    arrivalDate: settlement.arrivalDate,
    memberCount: members.length,
    adultCount: members.filter((member) => member.role === 'adult').length,
    childCount: members.filter((member) => member.role === 'child').length,
    childrenWithoutGuardian: members.filter((member) => member.role === 'child' && member.guardianIds.length === 0).length,
    ageBands: AGE_BANDS.map((band) => ({ band, count: members.filter((member) => member.ageBand === band).length })).filter(
      (entry) => entry.count > 0,
    ),
    needs: NEED_FLAGS.map((flag) => ({ flag, count: members.filter((member) => member.needs[flag]).length })).filter(
      (entry) => entry.count > 0,
    ),
    interpreterLanguages: [...languages].sort((a, b) => a.localeCompare(b, 'nb')),
  };
}
