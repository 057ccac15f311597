/** A calendar date as the API sends it: `yyyy-MM-dd`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NORWEGIAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** The time zone every date in Introteam is shown in. */
export const OSLO = 'Europe/Oslo';

/** `2026-03-05` → `05.03.2026`; anything that is not an ISO date is returned unchanged. */
export function formatIsoDate(date: string): string {
  const match = ISO_DATE.exec(date);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : date;
}

/** An ISO instant as `dd.MM.yyyy kl. HH:mm` in Oslo time; unparseable input is returned unchanged. */
export function formatInstant(instant: string): string {
  const time = Date.parse(instant);
  if (!Number.isFinite(time)) return instant;
  const parts = osloParts(new Date(time), true);
  return `${parts.day}.${parts.month}.${parts.year} kl. ${parts.hour}:${parts.minute}`;
}

/** Today's date in Oslo as `yyyy-MM-dd`. */
export function osloToday(now: Date = new Date()): IsoDate {
  const parts = osloParts(now, false);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * Reads a date typed in a form: `dd.mm.åååå` (also `d.m.åååå`) or ISO `åååå-mm-dd`.
 * Returns the ISO date, or undefined when the text is not a real calendar date.
 */
export function parseDisplayDate(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  const norwegian = NORWEGIAN_DATE.exec(trimmed);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : norwegian
      ? [norwegian[3], norwegian[2], norwegian[1]]
      : [undefined, undefined, undefined];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whole years from a birth date to a later date (a 29 February birthday counts from 1 March). */
export function ageInYears(birthDate: IsoDate, onDate: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = onDate.split('-').map(Number) as [number, number, number];
  const hadBirthday = om > bm || (om === bm && od >= bd);
  return oy - by - (hadBirthday ? 0 : 1);
}

function osloParts(date: Date, withTime: boolean): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: OSLO,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
  });
  const found = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: found.year ?? '',
    month: found.month ?? '',
    day: found.day ?? '',
    hour: found.hour ?? '00',
    minute: found.minute ?? '00',
  };
}
