import { formatInstant, formatIsoDate } from '../../platform/display-date.js';
import {
  SETTLEMENT_STATUS_LABELS,
  deliveryLabel,
  householdSummary,
  isDeliveryProblem,
  overdueText,
  progressText,
} from './settlement-labels.js';
import type { SettlementView } from '../../../../contract/settlement-view.js';

/** One unit in a settlement row. */
export interface UnitCell {
  readonly unitId: string;
  readonly unitName: string;
  readonly deliveryText: string;
  /** The announcement failed or the unit has no channel: shown as a warning. */
  readonly deliveryProblem: boolean;
  /** Flow progress, or "Ingen flyt" when the unit has none. */
  readonly progressText: string;
  readonly overdueCount: number;
  /** Empty when nothing is overdue. */
  readonly overdueText: string;
  readonly flowClosed: boolean;
}

/** One settlement in the overview list, all text ready to show. */
export interface SettlementRow {
  readonly id: string;
  /** `BOS-2026-014`, or undefined for an old settlement not numbered yet. */
  readonly reference?: string;
  /** The row's heading: `BOS-2026-014 · ankomst 03.04.2027` (`Ankomst 03.04.2027` without a reference). */
  readonly heading: string;
  readonly arrivalText: string;
  readonly household: string;
  readonly addressArea?: string;
  readonly statusText: string;
  readonly cancelled: boolean;
  readonly units: readonly UnitCell[];
  /** Overdue tasks across all units. */
  readonly overdueCount: number;
  readonly overdueText: string;
  readonly deliveryProblems: number;
  readonly updatedText: string;
}

/** The list rows: open settlements first by arrival date (soonest first), then cancelled ones. */
export function settlementRows(settlements: readonly SettlementView[]): SettlementRow[] {
  const sorted = [...settlements].sort(
    (a, b) =>
      Number(a.status === 'cancelled') - Number(b.status === 'cancelled') ||
      a.arrivalDate.localeCompare(b.arrivalDate) ||
      a.id.localeCompare(b.id),
  );
  return sorted.map(settlementRow);
}

/** The row for one settlement. */
export function settlementRow(settlement: SettlementView): SettlementRow {
  const units = settlement.units.map(unitCell);
  const overdueCount = units.reduce((sum, unit) => sum + unit.overdueCount, 0);
  return {
    id: settlement.id,
    ...(settlement.reference ? { reference: settlement.reference } : {}),
    heading: settlement.reference
      ? `${settlement.reference} · ankomst ${formatIsoDate(settlement.arrivalDate)}`
      : `Ankomst ${formatIsoDate(settlement.arrivalDate)}`,
    arrivalText: formatIsoDate(settlement.arrivalDate),
    household: householdSummary(settlement),
    ...(settlement.addressArea ? { addressArea: settlement.addressArea } : {}),
    statusText: SETTLEMENT_STATUS_LABELS[settlement.status] ?? settlement.status,
    cancelled: settlement.status === 'cancelled',
    units,
    overdueCount,
    overdueText: overdueText(overdueCount),
    deliveryProblems: units.filter((unit) => unit.deliveryProblem).length,
    updatedText: formatInstant(settlement.updatedAt ?? settlement.createdAt),
  };
}

/** A settlement as a heading names it: `Bosetting BOS-2026-014 med ankomst 03.04.2027` (by arrival only without a reference). */
export function settlementTitle(settlement: Pick<SettlementView, 'reference' | 'arrivalDate'>): string {
  const reference = settlement.reference ? ` ${settlement.reference}` : '';
  return `Bosetting${reference} med ankomst ${formatIsoDate(settlement.arrivalDate)}`;
}

/** The cell for one unit of a settlement. */
export function unitCell(unit: SettlementView['units'][number]): UnitCell {
  const overdueCount = unit.flow?.status === 'active' ? unit.flow.progress.overdue : 0;
  const flowText = unit.flow ? progressText(unit.flow.progress) : 'Ingen flyt';
  return {
    unitId: unit.unitId,
    unitName: unit.unitName,
    deliveryText:
      unit.channelBound || unit.delivery === 'no-channel'
        ? deliveryLabel(unit.delivery)
        : `${deliveryLabel(unit.delivery)} (enheten har ingen kanal nå)`,
    deliveryProblem: !unit.channelBound || isDeliveryProblem(unit.delivery),
    progressText: unit.flow?.status === 'closed' ? `${flowText} (avsluttet)` : flowText,
    overdueCount,
    overdueText: overdueText(overdueCount),
    flowClosed: unit.flow?.status === 'closed',
  };
}
