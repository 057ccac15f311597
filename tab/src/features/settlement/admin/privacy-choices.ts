import { invalidResponseError } from '../../../platform/api-error.js';
import type { PrivacySettings } from '../../../../../contract/privacy.js';

/** One choice of the need-count setting, as the select offers it. */
export interface PrivacyChoice {
  readonly value: PrivacySettings['minHouseholdForCounts'];
  readonly label: string;
}

/** The choices, in the server's order (contract/privacy.ts). */
export const PRIVACY_CHOICES: readonly PrivacyChoice[] = [
  { value: 1, label: 'Vis alltid antall' },
  { value: 3, label: 'Vis antall fra 3 personer i husstanden (anbefalt)' },
  { value: 5, label: 'Vis antall fra 5 personer i husstanden' },
  { value: 'never', label: 'Vis aldri antall, bare «Ja»' },
];

/** The choice for a select's value (the select holds text), or undefined for an unknown one. */
export function choiceFromSelectValue(value: string): PrivacyChoice['value'] | undefined {
  return PRIVACY_CHOICES.find((choice) => String(choice.value) === value)?.value;
}

/** Checks the privacy settings response. */
export function parsePrivacySettings(body: unknown): PrivacySettings {
  const value = (body as Partial<PrivacySettings> | undefined)?.minHouseholdForCounts;
  if (!PRIVACY_CHOICES.some((choice) => choice.value === value)) throw invalidResponseError(200);
  return body as PrivacySettings;
}
