import { randomUUID } from 'node:crypto';

/**
 * A fictional household (one adult, one child of three, so Barnehage is among the affected units),
 * arriving `daysFromToday` from today. The names are made up and never logged.
 */
export function benchRegistration(daysFromToday: number, today: Date = new Date()) {
  const arrival = new Date(today.getTime() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
  const adult = randomUUID();
  return {
    expectedArrivalDate: arrival,
    addressArea: 'Sentrum',
    members: [
      {
        personId: adult,
        fullName: 'Testperson Voksen Benk',
        birthDate: '1990-03-04',
        role: 'adult',
        guardianIds: [],
        needs: { healthFollowUp: false, adaptedHousing: false, specialSupport: false, interpreterLanguage: 'arabisk' },
      },
      {
        personId: randomUUID(),
        fullName: 'Testperson Barn Benk',
        birthDate: `${today.getUTCFullYear() - 3}-02-10`,
        role: 'child',
        guardianIds: [adult],
        needs: { healthFollowUp: false, adaptedHousing: false, specialSupport: false },
      },
    ],
    note: 'Ønsker tolk ved første møte.',
  };
}
