import { formatInstant, formatIsoDate } from '../../platform/display-date.js';
import { needsList } from './settlement-labels.js';
import type { SecurePersonsResponse } from '../../../../contract/settlement.js';

/** One person in the secure zone's table, all text ready to show. */
export interface SecurePersonRow {
  readonly personId: string;
  readonly name: string;
  readonly birthDate: string;
  readonly role: string;
  readonly ageBand: string;
  /** "Ingen registrert" when the person has no guardians in the list. */
  readonly guardians: string;
  /** "Ingen kjente behov" when nothing is registered. */
  readonly needs: string;
}

/** The table rows for the persons a unit may see, in the order the API gives them. */
export function securePersonRows(response: SecurePersonsResponse): SecurePersonRow[] {
  return response.persons.map((person) => {
    const needs = needsList(person.needs ?? {});
    return {
      personId: person.personId,
      name: person.fullName,
      birthDate: formatIsoDate(person.birthDate),
      role: person.roleLabel,
      ageBand: person.ageBandLabel,
      guardians: person.guardianNames?.length ? person.guardianNames.join(', ') : 'Ingen registrert',
      needs: needs.length ? needs.join(', ') : 'Ingen kjente behov',
    };
  });
}

/** "Åpningen er logget (05.03.2026 kl. 14:32)." */
export function auditNotice(auditedAt: string): string {
  return `Åpningen er logget (${formatInstant(auditedAt)}).`;
}
