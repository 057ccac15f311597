import { AGE_BAND_LABELS } from './age-band.js';
import { parseIsoDate } from '../../../kernel/dates/iso-date.js';
import { NEED_LABELS } from './member-needs.js';
import type { SettlementSummary } from './settlement-summary.js';

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

/** The summary as Norwegian facts (Bokmål); built from the summary only, so it is name-free too. */
export function summaryFacts(summary: SettlementSummary): SummaryFact[] {
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
    facts.push({ title: 'Kjente behov', value: summary.needs.map((entry) => `${NEED_LABELS[entry.flag]} (${entry.count})`).join(', ') });
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
