import { randomUUID } from 'node:crypto';

/** Fictional test persons; the name scans look for exactly these strings. */
export const TEST_PERSONS = {
  mother: { fullName: 'Amina Testesen Haddad', birthDate: '1990-03-04' },
  father: { fullName: 'Yusuf Prøvesen Haddad', birthDate: '1987-11-19' },
  toddler: { fullName: 'Leyla Testdatter Haddad', birthDate: '' },
  pupil: { fullName: 'Omar Testsønn Haddad', birthDate: '' },
} as const;

/** Every name and birth date of the test household, for scanning outputs. */
export function sensitiveStrings(registration: { members: { fullName: string; birthDate: string }[] }): string[] {
  return registration.members.flatMap((m) => [m.fullName, ...m.fullName.split(' ').filter((p) => p.length > 3), m.birthDate]);
}

/** A registration for two adults, a 3-year-old and a 9-year-old, arriving `arrivalDate`. */
export function testRegistration(arrivalDate: string, today: Date = new Date()) {
  const year = today.getUTCFullYear();
  const mother = randomUUID();
  const father = randomUUID();
  return {
    expectedArrivalDate: arrivalDate,
    addressArea: 'Sentrum',
    members: [
      {
        personId: mother,
        ...TEST_PERSONS.mother,
        role: 'adult',
        guardianIds: [],
        needs: { healthFollowUp: true, adaptedHousing: false, specialSupport: false, interpreterLanguage: 'arabisk' },
      },
      {
        personId: father,
        ...TEST_PERSONS.father,
        role: 'adult',
        guardianIds: [],
        needs: { healthFollowUp: false, adaptedHousing: false, specialSupport: false, interpreterLanguage: 'arabisk' },
      },
      {
        personId: randomUUID(),
        fullName: TEST_PERSONS.toddler.fullName,
        birthDate: `${year - 3}-02-10`,
        role: 'child',
        guardianIds: [mother, father],
        needs: { healthFollowUp: false, adaptedHousing: false, specialSupport: false },
      },
      {
        personId: randomUUID(),
        fullName: TEST_PERSONS.pupil.fullName,
        birthDate: `${year - 9}-06-21`,
        role: 'child',
        guardianIds: [mother],
        needs: { healthFollowUp: false, adaptedHousing: false, specialSupport: true },
      },
    ],
    note: `Familien ${TEST_PERSONS.mother.fullName} ønsker kvinnelig tolk.`,
  };
}
