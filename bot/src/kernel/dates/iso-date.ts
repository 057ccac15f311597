import { DateTime } from 'luxon';
import { userError } from '../domain-error.js';

/** A calendar date as stored in documents: ISO `yyyy-MM-dd`, read in Europe/Oslo. */
export type IsoDate = string;

/** A calendar date split into its parts (month 1–12). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The time zone every Introteam date is read in. */
export const OSLO_ZONE = 'Europe/Oslo';

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/*
 * A calendar date has no time of day and so no time zone: its arithmetic is done on the proleptic
 * Gregorian calendar in UTC, where no daylight-saving change can shift a day. Only "today" depends
 * on Oslo's clock (luxon). Done with luxon's zoned DateTime, this arithmetic was about a tenth of
 * the server's CPU time under load (each date computed Oslo's offset anew).
 */

/** The parts of a real `yyyy-MM-dd` date, or undefined when the value is not one. */
function partsOf(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True when the value is a real calendar date written as `yyyy-MM-dd`. */
export function isIsoDate(value: unknown): value is IsoDate {
  return partsOf(value) !== undefined;
}

/** The date's year, month and day; throws DomainError('invalid-input') if malformed. */
export function parseIsoDate(value: IsoDate): CalendarDate {
  const parts = partsOf(value);
  if (!parts) throw userError('invalid-input', 'Ugyldig dato, bruk formatet ÅÅÅÅ-MM-DD');
  return parts;
}

/** Today's date in Oslo for the given instant (defaults to now). */
export function osloToday(now: Date = new Date()): IsoDate {
  return DateTime.fromJSDate(now, { zone: OSLO_ZONE }).toISODate() as IsoDate;
}

/** The calendar date `days` days after `date` (negative = before); DST never shifts the day. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  return formatIsoDate(fromUtcDate(utcDate(year, month, day + days)));
}

/** The calendar date `years` years after `date` (negative = before); 29 February falls back to 28. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const target = year + years;
  return formatIsoDate({ year: target, month, day: Math.min(day, daysInMonth(target, month)) });
}

/** Negative, zero or positive as `a` is before, equal to or after `b` (ISO dates sort as text). */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The date written `yyyy-MM-dd`. */
export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days in a month of the Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  return new Date(utcDate(year, month + 1, 0)).getUTCDate();
}

/** Milliseconds of midnight UTC on the date; days and months out of range roll over. Years 0–99 stay themselves. */
function utcDate(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function fromUtcDate(ms: number): CalendarDate {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
