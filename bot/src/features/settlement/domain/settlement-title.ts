import type { Settlement } from './settlement.js';

/** How a settlement is named without a name: its reference (`BOS-2026-014`) when it has one, else its arrival date. */
export function settlementTitle(settlement: Pick<Settlement, 'arrivalDate'> & { readonly reference?: string }): string {
  if (settlement.reference) return settlement.reference;
  return `Ankomst ${norwegianDate(settlement.arrivalDate)}`;
}

/** `2027-04-03` → `03.04.2027`. */
export function norwegianDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return year && month && day ? `${day}.${month}.${year}` : isoDate;
}
