import type { IsoDate } from '../../../kernel/dates/iso-date.js';
import type { MemberNeeds } from './member-needs.js';

/** A member's role in the household: adults are 18 or older at arrival, children younger. */
export type MemberRole = 'adult' | 'child';

/** The member roles, in display order. */
export const MEMBER_ROLES: readonly MemberRole[] = ['adult', 'child'];

/** Norwegian display names of the member roles. */
export const MEMBER_ROLE_LABELS: Readonly<Record<MemberRole, string>> = {
  adult: 'Voksen',
  child: 'Barn',
};

/**
 * One person in a settlement as the coordinator registers it. This is personal data: only the
 * secure zone and the personal-data container may hold it whole ({@link splitRegistration}
 * takes it apart).
 */
export interface HouseholdMember {
  /** Random UUID made by the registration form; the only id that leaves the secure zone. */
  readonly personId: string;
  readonly fullName: string;
  readonly birthDate: IsoDate;
  readonly role: MemberRole;
  /** `personId`s of this child's guardians among the adult members (empty for adults and for unaccompanied minors). */
  readonly guardianIds: readonly string[];
  readonly needs: MemberNeeds;
}
