import type { OutboxMessage } from '../../../kernel/outbox/outbox-message.js';
import type { OverviewRow, OverviewSection } from '../../../../../contract/overview.js';
import { norwegianDate, settlementTitle } from '../domain/settlement-title.js';
import type { Settlement } from '../domain/settlement.js';
import type { UnitFlow } from '../domain/unit-flow.js';

/** Overdue flows counted per unit; beyond this the count says "at least". */
export const OVERDUE_CAP = 200;

/** What a coordinator's sections are built from (loaded by {@link settlementOverview}). */
export interface CoordinationData {
  /** Open settlements arriving from today, soonest first. */
  readonly upcoming: readonly Settlement[];
  /** Failed announcement messages. */
  readonly failed: readonly OutboxMessage[];
  /** The settlements of the failed messages. */
  readonly settlements: ReadonlyMap<string, Settlement>;
  /** Active flows with an overdue task (at most {@link OVERDUE_CAP}). */
  readonly overdue: readonly UnitFlow[];
  readonly unitNames: ReadonlyMap<string, string>;
  /** Units bound to a channel. */
  readonly bound: ReadonlySet<string>;
}

/**
 * A coordinator's start page: settlements whose announcement did not reach a unit (failed, or the
 * unit has no channel), the next arrivals, and overdue work per unit.
 */
export function coordinationSections(data: CoordinationData): OverviewSection[] {
  const { upcoming, failed, overdue, unitNames, bound } = data;
  const failedUnits = new Map<string, Set<string>>();
  for (const message of failed) {
    const set = failedUnits.get(message.subject.id) ?? new Set<string>();
    set.add(message.unitId);
    failedUnits.set(message.subject.id, set);
  }
  const failedSettlements = [...failedUnits.keys()].flatMap((id) => data.settlements.get(id) ?? []);
  const unitList = (ids: Iterable<string>) => [...ids].map((id) => unitNames.get(id) ?? 'ukjent enhet').join(', ');

  const problems = new Map<string, OverviewRow>();
  for (const settlement of failedSettlements.filter((s) => s.status === 'open')) {
    problems.set(settlement.id, {
      id: settlement.id,
      text: settlementTitle(settlement),
      meta: `Ankomst ${norwegianDate(settlement.arrivalDate)}`,
      badges: [{ kind: 'warning', text: `Ikke levert: ${unitList(failedUnits.get(settlement.id) ?? [])}` }],
      href: `/bosettinger/${encodeURIComponent(settlement.id)}`,
    });
  }
  for (const settlement of upcoming) {
    const unbound = settlement.affectedUnitIds.filter((unitId) => !bound.has(unitId));
    if (unbound.length === 0) continue;
    const row = problems.get(settlement.id);
    const badge = { kind: 'warning' as const, text: `Mangler kanal: ${unitList(unbound)}` };
    problems.set(
      settlement.id,
      row
        ? { ...row, badges: [...row.badges, badge] }
        : {
            id: settlement.id,
            text: settlementTitle(settlement),
            meta: `Ankomst ${norwegianDate(settlement.arrivalDate)}`,
            badges: [badge],
            href: `/bosettinger/${encodeURIComponent(settlement.id)}`,
          },
    );
  }

  const overduePerUnit = new Map<string, number>();
  for (const flow of overdue) overduePerUnit.set(flow.unitId, (overduePerUnit.get(flow.unitId) ?? 0) + 1);
  const capped = overdue.length >= OVERDUE_CAP;
  const overdueRows: OverviewRow[] = [...overduePerUnit.entries()]
    .sort(([, a], [, b]) => b - a)
    .map(([unitId, count]) => ({
      id: unitId,
      text: unitNames.get(unitId) ?? 'Ukjent enhet',
      badges: [{ kind: 'overdue', text: `${capped ? 'minst ' : ''}${count === 1 ? '1 bosetting' : `${count} bosettinger`} med forfalte oppgaver` }],
      href: `/bosettinger?unitId=${encodeURIComponent(unitId)}`,
    }));

  return [
    {
      id: 'delivery-problems',
      title: 'Kunngjøringer som ikke har nådd enheten',
      emptyText: 'Alle kunngjøringer er levert, og alle berørte enheter har kanal.',
      rows: [...problems.values()],
    },
    {
      id: 'upcoming-arrivals',
      title: 'Kommende ankomster',
      emptyText: 'Ingen åpne bosettinger har ankomst fra i dag.',
      rows: upcoming.map((settlement) => ({
        id: settlement.id,
        text: settlementTitle(settlement),
        meta: `Ankomst ${norwegianDate(settlement.arrivalDate)} · ${settlement.members.length === 1 ? '1 person' : `${settlement.members.length} personer`}`,
        badges: [{ kind: 'info', text: settlement.affectedUnitIds.length === 1 ? '1 enhet' : `${settlement.affectedUnitIds.length} enheter` }],
        href: `/bosettinger/${encodeURIComponent(settlement.id)}`,
      })),
      more: { href: '/bosettinger', text: 'Alle bosettinger' },
    },
    {
      id: 'overdue-by-unit',
      title: 'Forfalte oppgaver per enhet',
      emptyText: 'Ingen enhet har forfalte oppgaver.',
      rows: overdueRows,
    },
  ];
}
