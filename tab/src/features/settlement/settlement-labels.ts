import type { ChecklistProgress, DeliveryStatus, SettlementView } from '../../../../contract/settlement-view.js';
import type { MemberNeeds } from '../../../../contract/registration.js';

/** Norwegian names of the settlement statuses. */
export const SETTLEMENT_STATUS_LABELS: Readonly<Record<SettlementView['status'], string>> = {
  open: 'Aktiv',
  cancelled: 'Avlyst',
};

/** Norwegian text for each delivery status of a unit's announcement. */
export const DELIVERY_LABELS: Readonly<Record<DeliveryStatus, string>> = {
  pending: 'Kunngjøringen venter på å bli sendt',
  sent: 'Kunngjort i enhetens kanal',
  failed: 'Kunngjøringen kunne ikke sendes',
  'no-channel': 'Enheten har ingen kanal – kunngjøringen er ikke sendt',
  superseded: 'Erstattet av en nyere kunngjøring',
};

/** Delivery states the coordinator must act on. */
export function isDeliveryProblem(delivery: DeliveryStatus): boolean {
  return delivery === 'failed' || delivery === 'no-channel';
}

/** The delivery text for any value, also one this version of the tab does not know. */
export function deliveryLabel(delivery: string): string {
  return (DELIVERY_LABELS as Record<string, string | undefined>)[delivery] ?? 'Ukjent sendestatus';
}

/** "2 voksne og 3 barn", with Norwegian singular forms. */
export function householdSummary(settlement: Pick<SettlementView, 'adultCount' | 'childCount'>): string {
  const adults = `${settlement.adultCount} ${settlement.adultCount === 1 ? 'voksen' : 'voksne'}`;
  const children = `${settlement.childCount} barn`;
  if (settlement.childCount === 0) return adults;
  if (settlement.adultCount === 0) return children;
  return `${adults} og ${children}`;
}

/** "3 av 8 fullført · 2 tatt · 3 åpne"; overdue work is told separately ({@link overdueText}). */
export function progressText(progress: ChecklistProgress): string {
  const parts = [`${progress.done} av ${progress.total} fullført`];
  if (progress.taken > 0) parts.push(`${progress.taken} tatt`);
  if (progress.open > 0) parts.push(`${progress.open} ${progress.open === 1 ? 'åpen' : 'åpne'}`);
  return parts.join(' · ');
}

/** "1 forfalt oppgave" / "3 forfalte oppgaver"; empty when nothing is overdue. */
export function overdueText(count: number): string {
  if (count <= 0) return '';
  return count === 1 ? '1 forfalt oppgave' : `${count} forfalte oppgaver`;
}

/** Norwegian names of the need flags, as in the registration form. */
export const NEED_LABELS = {
  healthFollowUp: 'Helseoppfølging',
  adaptedHousing: 'Tilrettelagt bolig',
  specialSupport: 'Spesialpedagogisk tilrettelegging',
} as const;

/** A member's needs as a short list of Norwegian phrases (flags, then the interpreter language). */
export function needsList(needs: Partial<MemberNeeds>): string[] {
  const list: string[] = [];
  for (const flag of ['healthFollowUp', 'adaptedHousing', 'specialSupport'] as const) {
    if (needs[flag] === true) list.push(NEED_LABELS[flag]);
  }
  const language = needs.interpreterLanguage?.trim();
  if (language) list.push(`Tolk: ${language}`);
  return list;
}
