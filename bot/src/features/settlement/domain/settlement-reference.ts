import { osloToday } from '../../../kernel/dates/iso-date.js';

/** What every settlement reference starts with ("bosetting"). */
const PREFIX = 'BOS';
/** Sequence numbers are padded to at least this many digits (`BOS-2026-014`). */
const MIN_DIGITS = 3;
/** `BOS-2026-014`, `bos-2026-14`, `2026-14`: the prefix is optional, case and padding do not matter. */
const QUERY_PATTERN = /^\s*(?:bos\s*-\s*)?(\d{4})\s*-\s*0*(\d{1,9})\s*$/i;

/**
 * The name-free reference of a settlement, e.g. `BOS-2026-014`: the Oslo year it was registered in
 * and its number in that year within the tenant (1, 2, 3 …; never reused, gaps are possible).
 */
export function formatSettlementReference(year: number, sequence: number): string {
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9999) throw new RangeError('A reference year has four digits.');
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError('A reference number is a whole number from 1.');
  return `${PREFIX}-${year}-${String(sequence).padStart(MIN_DIGITS, '0')}`;
}

/** The year a settlement registered at this instant is numbered in: the calendar year in Oslo. */
export function referenceYearAt(instant: Date): number {
  return Number(osloToday(instant).slice(0, 4));
}

/**
 * The reference a search text names, in the canonical form of {@link formatSettlementReference},
 * or undefined when the text is not a reference (`BOS-2026-014`, `bos-2026-14` and `2026-14` all
 * give `BOS-2026-014`).
 */
export function parseReferenceQuery(text: string): string | undefined {
  const match = QUERY_PATTERN.exec(text);
  if (!match) return undefined;
  const sequence = Number(match[2]);
  return sequence < 1 ? undefined : formatSettlementReference(Number(match[1]), sequence);
}
