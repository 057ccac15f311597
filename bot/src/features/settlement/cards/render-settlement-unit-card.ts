import template from './templates/settlement-unit.json' with { type: 'json' };
import { TASK_STATUS_LABELS, type ChecklistTask } from '../../../kernel/checklist/checklist-task.js';
import { checklistProgress } from '../../../kernel/checklist/checklist-progress.js';
import { isTaskOverdue } from '../../../kernel/checklist/overdue-tasks.js';
import { offeredTaskActions, type TaskViewer } from '../../../kernel/checklist/task-permissions.js';
import { summarizeSettlement } from '../domain/settlement-summary.js';
import { formatNorwegianDate, summaryFacts } from '../domain/settlement-summary-facts.js';
import type { Settlement } from '../domain/settlement.js';
import type { UnitFlow } from '../domain/unit-flow.js';
import { expandCard, type AdaptiveCardJson } from '../../../platform/cards/expand-card.js';

/** What the unit's settlement card shows; everything in it is name-free (staff names only). */
export interface SettlementUnitCardData {
  readonly settlement: Settlement;
  readonly unitName: string;
  readonly flow: UnitFlow | undefined;
  /** Oslo date, for overdue marks. */
  readonly today: string;
  /** Deep link into the tab's secure zone for this settlement and unit. */
  readonly secureZoneUrl: string;
  /** Display names of staff by Entra id (who took or completed a task). */
  readonly staffNames: ReadonlyMap<string, string>;
  /** Who the card is for: a refresh is per viewer; a posted card (no id) offers no "Frigi". */
  readonly viewer: TaskViewer;
}

/**
 * The card a unit sees in its channel: the settlement's facts, its routine tasks with actions, and
 * the secure-zone button. Its `refresh` has no `userIds`: Teams then refreshes it automatically
 * for every viewer in channels of up to 60 members (a unit's channel), and offers "refresh" beyond.
 */
export function renderSettlementUnitCard(data: SettlementUnitCardData): AdaptiveCardJson {
  const { settlement, flow } = data;
  const open = settlement.status === 'open' && settlement.affectedUnitIds.includes(flow?.unitId ?? '');
  const active = open && flow?.status === 'active';
  const progress = flow ? checklistProgress(flow, data.today) : undefined;
  return expandCard(template, {
    title: `${open ? 'Ny bosetting' : 'Bosetting'}${settlement.reference ? ` ${settlement.reference}` : ''} – ${data.unitName}`,
    notice: settlement.status === 'cancelled' ? 'Bosettingen er avlyst.' : open ? '' : 'Bosettingen gjelder ikke lenger denne enheten.',
    facts: summaryFacts(summarizeSettlement(settlement)),
    unitName: data.unitName,
    progressText: progress
      ? `${progress.done} av ${progress.total} fullført${progress.overdue > 0 ? `, ${progress.overdue} forfalt` : ''}`
      : 'ingen oppgaver',
    tasks: (flow?.tasks ?? []).map((task) => taskView(task, data, active)),
    active,
    settlementId: settlement.id,
    unitId: flow?.unitId ?? '',
    secureZoneUrl: data.secureZoneUrl,
  });
}

function taskView(task: ChecklistTask, data: SettlementUnitCardData, active: boolean) {
  const offered = offeredTaskActions({ status: active ? 'active' : 'closed' }, task, data.viewer);
  const overdue = isTaskOverdue(task, data.today);
  const who = task.status === 'done' ? task.completedBy : task.takenBy;
  const whoName = who ? (data.staffNames.get(who) ?? 'en kollega') : '';
  const parts = [
    `Frist ${formatNorwegianDate(task.dueDate)}`,
    TASK_STATUS_LABELS[task.status] + (whoName ? ` (${whoName})` : ''),
    ...(overdue ? ['⚠ Forfalt'] : []),
    ...(task.comments.length > 0 ? [`${task.comments.length} kommentar${task.comments.length === 1 ? '' : 'er'}`] : []),
  ];
  return {
    taskId: task.taskId,
    title: task.title,
    description: task.description,
    statusLine: parts.join(' · '),
    statusColor: overdue ? 'Attention' : task.status === 'done' ? 'Good' : 'Default',
    canTake: offered.take,
    canComplete: offered.complete,
    canReopen: offered.reopen,
    canRelease: offered.release,
    canComment: offered.comment,
  };
}
