import { formatInstant, formatIsoDate } from '../../../platform/display-date.js';
import { el } from '../../../platform/dom.js';
import { marker } from '../../../platform/markers.js';
import { SETTLEMENT_STATUS_LABELS, householdSummary } from '../settlement-labels.js';
import type { SettlementView } from '../../../../../contract/settlement-view.js';

/** The settlement's name-free facts as a description list. */
export function settlementFacts(settlement: SettlementView): HTMLElement {
  const fact = (term: string, ...value: (Node | string)[]): HTMLElement[] => [el('dt', {}, term), el('dd', {}, ...value)];
  const status = SETTLEMENT_STATUS_LABELS[settlement.status] ?? settlement.status;
  return el(
    'dl',
    { class: 'facts', 'data-testid': 'settlement-facts' },
    ...fact('Status', settlement.status === 'cancelled' ? marker('cancelled', status) : status),
    ...fact('Forventet ankomst', formatIsoDate(settlement.arrivalDate)),
    ...fact('Boområde', settlement.addressArea ?? 'Ikke oppgitt'),
    ...fact('Husstand', householdSummary(settlement)),
    ...fact('Aldersgrupper', countList(settlement.ageBands, 'Ingen')),
    ...fact('Kjente behov', needList(settlement.needs)),
    ...fact('Tolk', settlement.interpreterLanguages.length > 0 ? settlement.interpreterLanguages.join(', ') : 'Ikke behov'),
    ...fact('Registrert', formatInstant(settlement.createdAt)),
    ...(settlement.updatedAt ? fact('Sist endret', formatInstant(settlement.updatedAt)) : []),
  );
}

function countList(items: readonly { readonly label: string; readonly count: number }[], empty: string): Node | string {
  const shown = items.filter((item) => item.count > 0);
  if (shown.length === 0) return empty;
  return el('ul', { class: 'plain-list' }, ...shown.map((item) => el('li', {}, `${item.label}: ${item.count}`)));
}

/** "Behov for helseoppfølging: 2", or "…: Ja" where the server hides the number (small household). */
function needList(needs: SettlementView['needs']): Node | string {
  if (needs.length === 0) return 'Ingen registrert';
  return el('ul', { class: 'plain-list' }, ...needs.map((need) => el('li', {}, `${need.label}: ${need.countText}`)));
}
