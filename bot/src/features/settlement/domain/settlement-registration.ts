import type { HouseholdMember } from './household-member.js';
import type { IsoDate } from '../../../kernel/dates/iso-date.js';

/** What a coordinator enters for a new or edited settlement (fordeling/bosetting), names included. */
export interface SettlementRegistration {
  readonly expectedArrivalDate: IsoDate;
  /** Area or district of the home (e.g. "Sentrum"), never a street address. */
  readonly addressArea?: string;
  /** The household; at least one member. */
  readonly members: readonly HouseholdMember[];
  /** Free text for the secure zone only; may mention persons, so it never reaches the settlement document. */
  readonly note?: string;
}
