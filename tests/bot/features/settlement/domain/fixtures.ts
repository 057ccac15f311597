import { DEFAULT_AFFECTED_UNIT_RULES } from '../../../../../bot/src/features/settlement/domain/affected-unit-rules.js';
import type { HouseholdMember } from '../../../../../bot/src/features/settlement/domain/household-member.js';
import { addYears, addDays } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { NO_NEEDS } from '../../../../../bot/src/features/settlement/domain/member-needs.js';
import type { SettlementRegistration } from '../../../../../bot/src/features/settlement/domain/settlement-registration.js';
import { splitRegistration } from '../../../../../bot/src/features/settlement/domain/split-registration.js';
import type { Settlement } from '../../../../../bot/src/features/settlement/domain/settlement.js';

/** Test fixtures for the settlement domain: a fictional household with unmistakable names. */
export const TODAY = '2027-01-10';
export const ARRIVAL = '2027-03-15';
export const TENANT = 'tenant-test';
export const COORDINATOR = 'user-coordinator';

export const ID = {
  mother: '11111111-1111-4111-8111-111111111111',
  father: '22222222-2222-4222-8222-222222222222',
  baby: '33333333-3333-4333-8333-333333333333',
  toddler: '44444444-4444-4444-8444-444444444444',
  pupil: '55555555-5555-4555-8555-555555555555',
  teen: '66666666-6666-4666-8666-666666666666',
} as const;

export const NAMES = ['Aminata Testdottir', 'Bashir Prøvesen', 'Cyrus Eksempelsen', 'Dalia Fiktivsen', 'Elias Oppdiktet', 'Farah Tenktsen'];
export const BIRTH_DATES = ['1985-04-02', '1988-11-23', '2026-06-01', '2023-03-15', '2015-09-30', '2010-07-07'];

/** A member with defaults; pass only what the test is about. */
export function member(overrides: Partial<HouseholdMember> & Pick<HouseholdMember, 'personId'>): HouseholdMember {
  return { fullName: 'Navn Navnesen', birthDate: '1990-01-01', role: 'adult', guardianIds: [], needs: NO_NEEDS, ...overrides };
}

/** Mother, father and four children: 0, 4, 11 and 16 years old at arrival. */
export function familyRegistration(): SettlementRegistration {
  const parents = [ID.mother, ID.father];
  return {
    expectedArrivalDate: ARRIVAL,
    addressArea: 'Sentrum',
    note: 'Aminata Testdottir ønsker kvinnelig tolk.',
    members: [
      member({
        personId: ID.mother,
        fullName: NAMES[0],
        birthDate: BIRTH_DATES[0],
        needs: { ...NO_NEEDS, healthFollowUp: true, interpreterLanguage: 'Arabisk' },
      }),
      member({
        personId: ID.father,
        fullName: NAMES[1],
        birthDate: BIRTH_DATES[1],
        needs: { ...NO_NEEDS, interpreterLanguage: 'Kurdisk (sorani)' },
      }),
      member({ personId: ID.baby, fullName: NAMES[2], birthDate: BIRTH_DATES[2], role: 'child', guardianIds: parents }),
      member({
        personId: ID.toddler,
        fullName: NAMES[3],
        birthDate: BIRTH_DATES[3],
        role: 'child',
        guardianIds: parents,
        needs: { ...NO_NEEDS, specialSupport: true },
      }),
      member({
        personId: ID.pupil,
        fullName: NAMES[4],
        birthDate: BIRTH_DATES[4],
        role: 'child',
        guardianIds: [ID.mother],
        needs: { ...NO_NEEDS, interpreterLanguage: 'Arabisk' },
      }),
      member({ personId: ID.teen, fullName: NAMES[5], birthDate: BIRTH_DATES[5], role: 'child', guardianIds: parents }),
    ],
  };
}

/** The family registered as settlement `s-1` with the default rules. */
export function familySettlement(): Settlement {
  return splitRegistration(familyRegistration(), DEFAULT_AFFECTED_UNIT_RULES, {
    settlementId: 's-1',
    tenantId: TENANT,
    createdBy: COORDINATOR,
    createdAt: '2027-01-10T09:00:00.000Z',
  }).settlement;
}

/** A birth date that makes a person exactly `years` old at {@link ARRIVAL}, shifted by `days`. */
export function bornYearsBeforeArrival(years: number, days = 0): string {
  return addDays(addYears(ARRIVAL, -years), days);
}

/** A one-person settlement whose member is `years` old at arrival (a child under 18, else adult). */
export function settlementOfOne(years: number, days = 0): Settlement {
  const role = years < 18 ? 'child' : 'adult';
  const registration: SettlementRegistration = {
    expectedArrivalDate: ARRIVAL,
    members: [member({ personId: ID.pupil, birthDate: bornYearsBeforeArrival(years, days), role })],
  };
  return splitRegistration(registration, DEFAULT_AFFECTED_UNIT_RULES, {
    settlementId: 's-one',
    tenantId: TENANT,
    createdBy: COORDINATOR,
    createdAt: '2027-01-10T09:00:00.000Z',
  }).settlement;
}
