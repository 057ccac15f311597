import { DateTime } from 'luxon';
import { userError } from '../domain-error.js';

/** A calendar date as stored in documents: ISO `yyyy-MM-dd`, read in Europe/Oslo. */
export type IsoDate = string;

/** The time zone every Introteam date is read in. */
export const OSLO_ZONE = 'Europe/Oslo';

const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True when the value is a real calendar date written as `yyyy-MM-dd`. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && ISO_DATE_PATTERN.test(value) && DateTime.fromISO(value, { zone: OSLO_ZONE }).isValid;
}

/** The date as a luxon DateTime at midnight in Oslo; throws DomainError('invalid-input') if malformed. */
export function parseIsoDate(value: IsoDate): DateTime {
  if (!isIsoDate(value)) {
    throw userError('invalid-input', 'Ugyldig dato, bruk formatet ÅÅÅÅ-MM-DD');
  }
  return DateTime.fromISO(value, { zone: OSLO_ZONE });
}

/** Today's date in Oslo for the given instant (defaults to now). */
export function osloToday(now: Date = new Date()): IsoDate {
  return DateTime.fromJSDate(now, { zone: OSLO_ZONE }).toISODate() as IsoDate;
}

/** The calendar date `days` days after `date` (negative = before); DST never shifts the day. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return parseIsoDate(date).plus({ days }).toISODate() as IsoDate;
}

/** The calendar date `years` years after `date` (negative = before); 29 February falls back to 28. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return parseIsoDate(date).plus({ years }).toISODate() as IsoDate;
}

/** Negative, zero or positive as `a` is before, equal to or after `b` (ISO dates sort as text). */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
