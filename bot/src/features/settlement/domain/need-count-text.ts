import type { MinHouseholdForCounts } from '../../../kernel/tenants/tenant.js';

/** What a card or the tab shows for a need that at least one member has. */
export type NeedCountDisplay =
  { readonly shown: true; readonly count: number; readonly text: string } | { readonly shown: false; readonly text: 'Ja' };

/**
 * A need count as it may be shown: the number from the tenant's household size on (default 3), else
 * "Ja". In a household of two, "Helseoppfølging (1)" points at one person; "Ja" does not say how many.
 */
export function needCountDisplay(count: number, householdSize: number, minHouseholdForCounts: MinHouseholdForCounts): NeedCountDisplay {
  if (minHouseholdForCounts !== 'never' && householdSize >= minHouseholdForCounts) return { shown: true, count, text: String(count) };
  return { shown: false, text: 'Ja' };
}

/** The shown text alone: the number, or "Ja". */
export function needCountText(count: number, householdSize: number, minHouseholdForCounts: MinHouseholdForCounts): string {
  return needCountDisplay(count, householdSize, minHouseholdForCounts).text;
}
