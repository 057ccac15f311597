import type { AppUser } from '../../../kernel/users/app-user.js';
import type { OutboxMessage } from '../../../kernel/outbox/outbox-message.js';
import { AGE_BAND_LABELS } from '../domain/age-band.js';
import { TASK_STATUS_LABELS, type ChecklistTask } from '../../../kernel/checklist/checklist-task.js';
import { checklistProgress } from '../../../kernel/checklist/checklist-progress.js';
import { osloToday } from '../../../kernel/dates/iso-date.js';
import { NEED_LABELS } from '../domain/member-needs.js';
import { isTaskOverdue } from '../../../kernel/checklist/overdue-tasks.js';
import { summarizeSettlement } from '../domain/settlement-summary.js';
import type { Settlement } from '../domain/settlement.js';
import type { UnitFlow } from '../domain/unit-flow.js';
import { ROLE_LABELS, type Role } from '../../../kernel/users/role.js';
import { mayWorkUnit, seesAllSettlements, unitsOf } from '../../../kernel/users/require-role.js';
import { offeredTaskActions, type OfferedTaskActions } from '../../../kernel/checklist/task-permissions.js';
import type { SettlementServices } from '../settlement-services.js';
import { SETTLEMENT_SUBJECT_TYPE } from '../delivery/settlement-topic.js';
import type { DeliveryStatus } from '../../../../../contract/settlement-view.js';

/** What {@link settlementViews} uses: units, staff, channels, flows and the settlements' outbox messages. */
export type SettlementViewsDeps = Pick<SettlementServices, 'units' | 'users' | 'bindings' | 'flows' | 'deliveries' | 'now'>;

/** Builds the tab's name-free views of settlements (`SettlementView` in contract/), with flows, delivery status and staff names. */
export async function settlementViews(
  services: SettlementViewsDeps,
  viewer: AppUser,
  settlements: readonly Settlement[],
  withTasks: boolean,
) {
  const tenantId = viewer.tenantId;
  const ids = settlements.map((s) => s.id);
  // One query per kind for the whole list, not one per settlement.
  const [units, users, bindings, allFlows, allDeliveries] = await Promise.all([
    services.units.list(tenantId),
    services.users.list(tenantId),
    services.bindings.list(tenantId),
    services.flows.listForSettlements(tenantId, ids),
    services.deliveries.listForSubjects(tenantId, SETTLEMENT_SUBJECT_TYPE, ids),
  ]);
  const staff = new Map(users.map((u) => [u.id, u.displayName]));
  const today = osloToday(services.now());
  const views = [];
  for (const settlement of settlements) {
    const flows = allFlows.filter((f) => f.settlementId === settlement.id).sort((a, b) => a.unitId.localeCompare(b.unitId));
    const deliveries = allDeliveries.filter((d) => d.subject.id === settlement.id);
    const unitIds = [...new Set([...settlement.affectedUnitIds, ...flows.map((f) => f.unitId)])];
    const summary = summarizeSettlement(settlement);
    views.push({
      id: settlement.id,
      reference: settlement.reference,
      status: settlement.status,
      version: settlement.version,
      arrivalDate: settlement.arrivalDate,
      addressArea: settlement.addressArea,
      adultCount: settlement.adultCount,
      childCount: settlement.childCount,
      ageBands: summary.ageBands.map((a) => ({ band: a.band, label: AGE_BAND_LABELS[a.band], count: a.count })),
      needs: summary.needs.map((n) => ({ flag: n.flag, label: NEED_LABELS[n.flag], count: n.count })),
      interpreterLanguages: summary.interpreterLanguages,
      units: unitIds.map((unitId) => {
        const flow = flows.find((f) => f.unitId === unitId);
        return {
          unitId,
          unitName: units.find((u) => u.id === unitId)?.name ?? unitId,
          channelBound: bindings.some((b) => b.unitId === unitId),
          delivery: deliveryState(
            deliveries,
            unitId,
            bindings.some((b) => b.unitId === unitId),
          ),
          flow: flow ? flowView(flow, { today, staff, withTasks, settlementOpen: settlement.status === 'open', viewer }) : undefined,
        };
      }),
      createdAt: settlement.createdAt,
      updatedAt: settlement.updatedAt,
    });
  }
  return views;
}

/** The settlements a viewer may see: all for admin, coordinator and leader; otherwise those affecting their units. */
export function visibleTo(viewer: AppUser, settlements: readonly Settlement[]): Settlement[] {
  if (seesAllSettlements(viewer)) return [...settlements];
  const mine = new Set(unitsOf(viewer));
  return settlements.filter((s) => s.affectedUnitIds.some((unitId) => mine.has(unitId)));
}

function deliveryState(deliveries: readonly OutboxMessage[], unitId: string, bound: boolean): DeliveryStatus {
  const announcement = deliveries.find((d) => d.unitId === unitId && d.topic.name === 'announcement');
  if (!announcement) return bound ? 'pending' : 'no-channel';
  if (announcement.status === 'sending') return 'pending';
  return announcement.status;
}

interface FlowViewContext {
  readonly today: string;
  readonly staff: ReadonlyMap<string, string>;
  readonly withTasks: boolean;
  readonly settlementOpen: boolean;
  readonly viewer: AppUser;
}

function flowView(flow: UnitFlow, context: FlowViewContext) {
  const checklist = { status: context.settlementOpen ? flow.status : 'closed' } as const;
  const viewer = { id: context.viewer.id, mayWork: mayWorkUnit(context.viewer, flow.unitId) };
  return {
    status: flow.status,
    progress: checklistProgress(flow, context.today),
    ...(context.withTasks ? { tasks: flow.tasks.map((task) => taskView(task, context, offeredTaskActions(checklist, task, viewer))) } : {}),
  };
}

function taskView(task: ChecklistTask, { today, staff, viewer }: FlowViewContext, actions: OfferedTaskActions) {
  return {
    taskId: task.taskId,
    title: task.title,
    description: task.description,
    ownerRoleLabel: ROLE_LABELS[task.ownerRole as Role] ?? task.ownerRole,
    dueDate: task.dueDate,
    status: task.status,
    statusLabel: TASK_STATUS_LABELS[task.status],
    overdue: isTaskOverdue(task, today),
    takenByName: task.takenBy ? staff.get(task.takenBy) : undefined,
    /** Lets the tab offer "Frigi oppgaven" to the one who took it, without comparing names. */
    takenByMe: task.status === 'taken' && task.takenBy === viewer.id,
    /** The buttons to offer, by the same rule the card and the domain use. */
    actions,
    completedByName: task.completedBy ? staff.get(task.completedBy) : undefined,
    completedAt: task.completedAt,
    comments: task.comments.map((c) => ({ id: c.id, authorName: staff.get(c.authorId) ?? 'Ukjent', at: c.at, text: c.text })),
  };
}
