import { AGE_BAND_LABELS } from './age-band.js';
import { parseIsoDate } from '../../../kernel/dates/iso-date.js';
import { NEED_LABELS, type NeedFlag } from './member-needs.js';
import type { SettlementSummary } from './settlement-summary.js';
import { needCountDisplay } from './need-count-text.js';
import { DEFAULT_TENANT_PRIVACY, type TenantPrivacy } from '../../../kernel/tenants/tenant.js';

/** One title/value pair, ready for an Adaptive Card FactSet. */
export interface SummaryFact {
  readonly title: string;
  readonly value: string;
}

/** A date as Norwegians write it, e.g. `03.04.2027`. */
export function formatNorwegianDate(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${String(year).padStart(4, '0')}`;
}

/**
 * The summary as Norwegian facts (Bokmål); built from the summary only, so it is name-free too.
 * Need counts follow the tenant's privacy setting: "Helseoppfølging (2)", or "Helseoppfølging: Ja"
 * in a household too small for numbers.
 */
export function summaryFacts(summary: SettlementSummary, privacy: TenantPrivacy = DEFAULT_TENANT_PRIVACY): SummaryFact[] {
  const facts: SummaryFact[] = [
    { title: 'Ankomst', value: formatNorwegianDate(summary.arrivalDate) },
    { title: 'Husstand', value: `${summary.adultCount} ${summary.adultCount === 1 ? 'voksen' : 'voksne'}, ${summary.childCount} barn` },
  ];
  if (summary.ageBands.length > 0) {
    const bands = summary.ageBands.map((entry) => `${AGE_BAND_LABELS[entry.band]}: ${entry.count}`);
    facts.push({ title: 'Aldersgrupper', value: bands.join(', ') });
  }
  if (summary.childrenWithoutGuardian > 0) {
    facts.push({ title: 'Barn uten foresatt i husstanden', value: String(summary.childrenWithoutGuardian) });
  }
  if (summary.needs.length > 0) {
    const needText = (flag: NeedFlag, count: number): string => {
      const display = needCountDisplay(count, summary.memberCount, privacy.minHouseholdForCounts);
      return display.shown ? `${NEED_LABELS[flag]} (${display.count})` : `${NEED_LABELS[flag]}: ${display.text}`;
    };
    facts.push({ title: 'Kjente behov', value: summary.needs.map((entry) => needText(entry.flag, entry.count)).join(', ') });
  }
  facts.push({
    title: 'Tolk',
    value: summary.interpreterLanguages.length > 0 ? summary.interpreterLanguages.join(', ') : 'Ikke behov oppgitt',
  });
  if (summary.status === 'cancelled') {
    facts.push({ title: 'Status', value: 'Avlyst' });
  }
  return facts;
}
