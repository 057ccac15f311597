import { el } from '../../../platform/dom.js';
import { marker } from '../../../platform/markers.js';
import { hrefFor } from '../../../platform/router.js';
import { unitCell } from '../settlement-rows.js';
import type { SettlementUnitView } from '../../../../../contract/settlement-view.js';
import type { TaskAction } from '../../../../../contract/settlement.js';
import { taskItem } from './task-item.js';

/** Options for {@link unitFlowSection}. */
export interface UnitFlowSectionOptions {
  readonly settlementId: string;
  readonly settlementOpen: boolean;
  readonly unit: SettlementUnitView;
  /** The user may work in this unit (member, coordinator or admin). */
  readonly canWork: boolean;
  readonly onAction: (unitId: string, taskId: string, action: TaskAction, text?: string) => Promise<void>;
  /** Present for coordinators and admins: queue the unit's announcement again. */
  readonly onRedeliver?: (unitId: string) => Promise<void>;
  /** Messages to show on tasks, by `<unitId>/<taskId>`. */
  readonly taskErrors: ReadonlyMap<string, string>;
}

/** One affected unit: channel and delivery status, flow progress, the secure-zone button and the tasks. */
export function unitFlowSection(options: UnitFlowSectionOptions): HTMLElement {
  const { unit, settlementId } = options;
  const cell = unitCell(unit);
  const headingId = `unit-${unit.unitId}-heading`;
  const tasks = unit.flow?.tasks ?? [];
  return el(
    'section',
    {
      class: `panel unit-section${cell.overdueCount > 0 ? ' has-overdue' : ''}`,
      'data-testid': `unit-${unit.unitId}`,
      'aria-labelledby': headingId,
    },
    el('h3', { id: headingId }, unit.unitName),
    el(
      'dl',
      { class: 'facts facts-compact' },
      el('dt', {}, 'Kanal'),
      el('dd', {}, unit.channelBound ? 'Koblet til enhetens kanal' : marker('warning', 'Ingen kanal er koblet til enheten')),
      el('dt', {}, 'Kunngjøring'),
      el(
        'dd',
        { 'data-testid': `unit-delivery-${unit.unitId}` },
        cell.deliveryProblem ? marker('warning', cell.deliveryText) : cell.deliveryText,
        cell.deliveryProblem && options.settlementOpen && options.onRedeliver
          ? redeliverButton(unit.unitId, unit.unitName, options.onRedeliver)
          : null,
      ),
      el('dt', {}, 'Rutineflyt'),
      el('dd', {}, cell.progressText, cell.overdueCount > 0 ? el('span', { class: 'block' }, marker('overdue', cell.overdueText)) : null),
    ),
    options.canWork && options.settlementOpen
      ? el(
          'p',
          {},
          el(
            'fluent-anchor-button',
            {
              appearance: 'secondary',
              href: hrefFor(`/bosettinger/${encodeURIComponent(settlementId)}/sikker-sone/${encodeURIComponent(unit.unitId)}`),
              'data-testid': `open-secure-zone-${unit.unitId}`,
            },
            `Åpne sikker sone for ${unit.unitName}`,
          ),
        )
      : null,
    tasks.length === 0
      ? el('p', { class: 'muted' }, unit.flow ? 'Flyten har ingen oppgaver.' : 'Enheten har ingen rutineflyt for denne bosettingen.')
      : el(
          'ol',
          { class: 'task-list', 'aria-label': `Oppgaver for ${unit.unitName}` },
          ...tasks.map((task) =>
            taskItem({
              unitId: unit.unitId,
              task,
              onAction: (action, text) => options.onAction(unit.unitId, task.taskId, action, text),
              error: options.taskErrors.get(`${unit.unitId}/${task.taskId}`),
            }),
          ),
        ),
    unit.flow?.status === 'closed' ? el('p', { class: 'muted' }, 'Flyten er avsluttet.') : null,
  );
}

function redeliverButton(unitId: string, unitName: string, onRedeliver: (unitId: string) => Promise<void>): HTMLElement {
  const button = el(
    'fluent-button',
    {
      type: 'button',
      appearance: 'secondary',
      'data-testid': `redeliver-${unitId}`,
      'aria-label': `Send kunngjøringen til ${unitName} på nytt`,
    },
    'Send på nytt',
  );
  button.addEventListener('click', () => {
    button.setAttribute('disabled', 'true');
    void onRedeliver(unitId).finally(() => button.removeAttribute('disabled'));
  });
  return el('span', { class: 'block' }, button);
}
