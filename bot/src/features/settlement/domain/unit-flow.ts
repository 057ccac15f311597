import { userError } from '../../../kernel/domain-error.js';
import type { Checklist } from '../../../kernel/checklist/checklist.js';
import { scheduleTasks } from '../../../kernel/checklist/schedule-tasks.js';
import type { ChecklistTask } from '../../../kernel/checklist/checklist-task.js';
import type { IsoDate } from '../../../kernel/dates/iso-date.js';
import type { RoutineTemplate } from './routine-template.js';
import { isOpenToUnit } from './settlement-access.js';
import type { Settlement } from './settlement.js';

/** `active` while the unit works it; `closed` when the settlement was cancelled or no longer affects the unit. */
export type UnitFlowStatus = Checklist['status'];

/** One unit's routine flow for one settlement (name-free: ids, tasks and progress only). */
export interface UnitFlow extends Checklist {
  readonly type: 'unit-flow';
  /** `settlementId:unitId` (see {@link unitFlowId}), so starting a flow twice is idempotent. */
  readonly id: string;
  readonly tenantId: string;
  readonly settlementId: string;
  readonly unitId: string;
  readonly status: UnitFlowStatus;
  /** The arrival date the due dates were computed from. */
  readonly arrivalDate: IsoDate;
  readonly tasks: readonly ChecklistTask[];
  /** Oslo date of the last overdue reminder posted for this flow. */
  readonly lastReminderDate?: IsoDate;
  /** ISO timestamp. */
  readonly createdAt: string;
  /** ISO timestamp of the last change. */
  readonly updatedAt: string;
}

/** The flow id for a settlement and a unit. */
export function unitFlowId(settlementId: string, unitId: string): string {
  return `${settlementId}:${unitId}`;
}

/** Options of {@link startUnitFlow}. */
export interface StartUnitFlowOptions {
  /** ISO timestamp. */
  readonly createdAt: string;
}

/**
 * Starts a unit's flow from its routine template, with due dates relative to the arrival date.
 * Throws DomainError('conflict') when the settlement is not open to the unit.
 */
export function startUnitFlow(template: RoutineTemplate, settlement: Settlement, options: StartUnitFlowOptions): UnitFlow {
  if (template.tenantId !== settlement.tenantId || !isOpenToUnit(settlement, template.unitId)) {
    throw userError('conflict', 'Bosettingen er ikke åpen for denne enheten');
  }
  return {
    type: 'unit-flow',
    id: unitFlowId(settlement.id, template.unitId),
    tenantId: settlement.tenantId,
    settlementId: settlement.id,
    unitId: template.unitId,
    status: 'active',
    arrivalDate: settlement.arrivalDate,
    tasks: scheduleTasks(template.tasks, settlement.arrivalDate),
    createdAt: options.createdAt,
    updatedAt: options.createdAt,
  };
}
