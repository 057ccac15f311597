import type { ChecklistTask } from '../../../kernel/checklist/checklist-task.js';
import { isTaskOverdue } from '../../../kernel/checklist/overdue-tasks.js';
import type { IsoDate } from '../../../kernel/dates/iso-date.js';
import type { OverviewRow, OverviewSection } from '../../../../../contract/overview.js';
import { norwegianDate, settlementTitle } from '../domain/settlement-title.js';
import type { Settlement } from '../domain/settlement.js';
import type { UnitFlow } from '../domain/unit-flow.js';

/** Rows per section: the start page shows the nearest work, the lists hold the rest. */
export const ROWS = 20;

/** What a unit member's sections are built from (loaded by {@link settlementOverview}). */
export interface UnitWorkData {
  readonly userId: string;
  readonly unitIds: readonly string[];
  /** Active flows of the units with open tasks, earliest open due date first. */
  readonly open: readonly UnitFlow[];
  /** Active flows with a task the user has taken. */
  readonly mine: readonly UnitFlow[];
  readonly unitNames: ReadonlyMap<string, string>;
  readonly settlements: ReadonlyMap<string, Settlement>;
}

/**
 * A unit member's start page: the open tasks of their units, earliest due first (so overdue ones
 * lead), and the tasks they have taken.
 */
export function unitWorkSections(data: UnitWorkData, today: IsoDate): OverviewSection[] {
  const row = (flow: UnitFlow, task: ChecklistTask): OverviewRow | undefined => {
    const settlement = data.settlements.get(flow.settlementId);
    return settlement ? taskRow(flow, task, settlement, data.unitNames.get(flow.unitId) ?? 'Enheten', today) : undefined;
  };
  const rows = (flows: readonly UnitFlow[], include: (task: ChecklistTask) => boolean): OverviewRow[] =>
    tasksByDueDate(flows, include)
      .map(([flow, task]) => row(flow, task))
      .filter((r): r is OverviewRow => r !== undefined)
      .slice(0, ROWS);
  const onlyUnit = data.unitIds.length === 1 ? data.unitNames.get(data.unitIds[0]!) : undefined;
  return [
    {
      id: 'unit-open-tasks',
      title: onlyUnit ? `Åpne oppgaver for ${onlyUnit}` : 'Åpne oppgaver for enhetene dine',
      emptyText: 'Ingen åpne oppgaver. Nye bosettinger gir nye oppgaver her.',
      rows: rows(data.open, (task) => task.status !== 'done'),
      more: { href: '/bosettinger', text: 'Alle bosettinger' },
    },
    {
      id: 'my-tasks',
      title: 'Mine oppgaver',
      emptyText: 'Du har ingen oppgaver som ikke er fullført. Trykk «Jeg tar den» på en oppgave for å ta den.',
      rows: rows(data.mine, (task) => task.status === 'taken' && task.takenBy === data.userId),
    },
  ];
}

function tasksByDueDate(flows: readonly UnitFlow[], include: (task: ChecklistTask) => boolean): [UnitFlow, ChecklistTask][] {
  return flows
    .flatMap((flow) => flow.tasks.filter(include).map((task): [UnitFlow, ChecklistTask] => [flow, task]))
    .sort(([, a], [, b]) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
}

function taskRow(flow: UnitFlow, task: ChecklistTask, settlement: Settlement, unitName: string, today: IsoDate): OverviewRow {
  const overdue = isTaskOverdue(task, today);
  return {
    id: `${flow.id}:${task.taskId}`,
    text: task.title,
    meta: `${settlementTitle(settlement)} · ${unitName}`,
    badges: [
      overdue ? { kind: 'overdue', text: `Forfalt ${norwegianDate(task.dueDate)}` } : { kind: 'info', text: `Frist ${norwegianDate(task.dueDate)}` },
      ...(task.status === 'taken' ? [{ kind: 'info' as const, text: 'Tatt' }] : []),
    ],
    href: `/bosettinger/${encodeURIComponent(settlement.id)}`,
  };
}
