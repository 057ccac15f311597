import { parseIsoDate, type IsoDate } from '../../../kernel/dates/iso-date.js';

/**
 * The age bands a settlement document keeps instead of birth dates. They follow the municipal
 * services' own age limits, so the affected-unit rules can be decided from the bands alone:
 * `0` — under one year (helsestasjon, no statutory kindergarten place yet);
 * `1-5` — kindergarten age (rett til barnehageplass from age 1 until school start);
 * `6-15` — compulsory school age (grunnskole, 1.–10. trinn);
 * `16-17` — upper-secondary age, still minors (videregående, not adults);
 * `18+` — adults (introduksjonsprogram, NAV).
 * Ages are whole years at the arrival date.
 */
export const AGE_BANDS = ['0', '1-5', '6-15', '16-17', '18+'] as const;

/** One of {@link AGE_BANDS}. */
export type AgeBand = (typeof AGE_BANDS)[number];

/** Inclusive age range in whole years of each band (`max` undefined = no upper limit). */
export const AGE_BAND_RANGES: Readonly<Record<AgeBand, { readonly min: number; readonly max?: number }>> = {
  '0': { min: 0, max: 0 },
  '1-5': { min: 1, max: 5 },
  '6-15': { min: 6, max: 15 },
  '16-17': { min: 16, max: 17 },
  '18+': { min: 18 },
};

/** Norwegian display names of the bands. */
export const AGE_BAND_LABELS: Readonly<Record<AgeBand, string>> = {
  '0': 'Under 1 år',
  '1-5': '1–5 år',
  '6-15': '6–15 år',
  '16-17': '16–17 år',
  '18+': '18 år eller eldre',
};

/**
 * Whole years between a birth date and a later date. A person born 29 February has their
 * birthday on 1 March in years without that day.
 */
export function ageInYears(birthDate: IsoDate, onDate: IsoDate): number {
  const birth = parseIsoDate(birthDate);
  const on = parseIsoDate(onDate);
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}

/** The band an age in whole years falls in; negative ages are treated as 0. */
export function ageBandOf(age: number): AgeBand {
  const whole = Math.max(0, Math.floor(age));
  // The bands are ascending and contiguous, so the first band whose upper limit holds the age is it.
  return AGE_BANDS.find((band) => whole <= (AGE_BAND_RANGES[band].max ?? Infinity)) as AgeBand;
}

/** The band of a person born on `birthDate`, at `onDate` (the settlement's arrival date). */
export function ageBandAt(birthDate: IsoDate, onDate: IsoDate): AgeBand {
  return ageBandOf(ageInYears(birthDate, onDate));
}
