import type { ChecklistTask } from '../../../kernel/checklist/checklist-task.js';
import { isTaskOverdue } from '../../../kernel/checklist/overdue-tasks.js';
import type { IsoDate } from '../../../kernel/dates/iso-date.js';
import { hasRole } from '../../../kernel/users/role.js';
import type { OverviewSections } from '../../../platform/overview/overview-sections.js';
import type { OverviewRow } from '../../../../../contract/overview.js';
import { norwegianDate, settlementTitle } from '../domain/settlement-title.js';
import type { Settlement } from '../domain/settlement.js';
import type { UnitFlow } from '../domain/unit-flow.js';
import type { SettlementServices } from '../settlement-services.js';

/** Rows per section: the start page shows the nearest work, the lists hold the rest. */
const ROWS = 20;

/**
 * A unit member's start page: the open tasks of their units, earliest due first (so overdue ones
 * lead), and the tasks they have taken. Two flow queries and one settlement query, whatever is stored.
 */
export function unitWorkSections(services: Pick<SettlementServices, 'flows' | 'settlements' | 'units'>): OverviewSections {
  return {
    name: 'unit-work',
    order: 10,
    appliesTo: (user) => hasRole(user.roles, 'unit-member'),
    load: async (user, today) => {
      const unitIds = [...new Set(user.roles.flatMap((r) => (r.role === 'unit-member' && r.unitId ? [r.unitId] : [])))];
      const [open, mine, units] = await Promise.all([
        services.flows.listOpenForUnits(user.tenantId, unitIds, ROWS),
        services.flows.listTakenBy(user.tenantId, user.id, ROWS),
        services.units.list(user.tenantId),
      ]);
      const settlementIds = [...new Set([...open, ...mine].map((flow) => flow.settlementId))];
      const settlements = new Map((await services.settlements.listByIds(user.tenantId, settlementIds)).map((s) => [s.id, s]));
      const unitNames = new Map(units.map((u) => [u.id, u.name]));
      const row = (flow: UnitFlow, task: ChecklistTask): OverviewRow | undefined => {
        const settlement = settlements.get(flow.settlementId);
        return settlement ? taskRow(flow, task, settlement, unitNames.get(flow.unitId) ?? 'Enheten', today) : undefined;
      };
      const openRows = tasksByDueDate(open, (task) => task.status !== 'done')
        .map(([flow, task]) => row(flow, task))
        .filter((r): r is OverviewRow => r !== undefined)
        .slice(0, ROWS);
      const mineRows = tasksByDueDate(mine, (task) => task.status === 'taken' && task.takenBy === user.id)
        .map(([flow, task]) => row(flow, task))
        .filter((r): r is OverviewRow => r !== undefined)
        .slice(0, ROWS);
      const onlyUnit = unitIds.length === 1 ? unitNames.get(unitIds[0]!) : undefined;
      return [
        {
          id: 'unit-open-tasks',
          title: onlyUnit ? `Åpne oppgaver for ${onlyUnit}` : 'Åpne oppgaver for enhetene dine',
          emptyText: 'Ingen åpne oppgaver. Nye bosettinger gir nye oppgaver her.',
          rows: openRows,
          more: { href: '/bosettinger', text: 'Alle bosettinger' },
        },
        {
          id: 'my-tasks',
          title: 'Mine oppgaver',
          emptyText: 'Du har ingen oppgaver som ikke er fullført. Trykk «Jeg tar den» på en oppgave for å ta den.',
          rows: mineRows,
        },
      ];
    },
  };
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
