import type { ApiClient } from '../../../platform/api-client.js';
import { ApiError } from '../../../platform/api-error.js';
import { canManageSettlements, canWorkInUnit } from '../../../platform/access.js';
import type { MeResponse } from '../../../../../contract/session.js';
import { el } from '../../../platform/dom.js';
import { takeFlash } from '../../../platform/flash.js';
import { announce, backLink, statusRegion } from '../../../platform/markers.js';
import { hrefFor } from '../../../platform/router.js';
import { parseSettlementResponse } from '../parse-settlement.js';
import { settlementTitle } from '../settlement-rows.js';
import type { SettlementView } from '../../../../../contract/settlement-view.js';
import type { TaskAction, TaskActionRequest } from '../../../../../contract/settlement.js';
import { actionDoneMessage } from '../task-actions.js';
import type { View } from '../../../platform/view.js';
import { cancelControls } from './cancel-settlement.js';
import { settlementFacts } from './settlement-facts.js';
import { unitFlowSection } from './unit-flow-section.js';

/** Where a task is, to put focus back after the list is re-rendered. */
interface TaskRef {
  readonly unitId: string;
  readonly taskId: string;
}

/** `#/bosettinger/:id`: name-free facts, and per unit the announcement and the routine flow's tasks. */
export const settlementDetailView: View = async (target, { api, user, params }) => {
  const id = params.id ?? '';
  const path = `/api/settlements/${encodeURIComponent(id)}`;
  const [body, me] = await Promise.all([api.get(path), user.me()]);
  let settlement = parseSettlementResponse(body);
  const heading = el('h1', { tabindex: '-1' });
  const status = statusRegion('detail-status');
  const facts = el('div');
  const units = el('div', { class: 'unit-list' });

  const render = (errors: ReadonlyMap<string, string> = new Map(), focus?: TaskRef): void => {
    heading.textContent = settlementTitle(settlement);
    facts.replaceChildren(settlementFacts(settlement), manageControls(settlement, me, api, path, onReplaced));
    units.replaceChildren(...unitSections(settlement, me, onAction, errors, canManageSettlements(me.roles) ? onRedeliver : undefined));
    if (focus) focusTask(units, focus);
  };
  const onReplaced = (next: SettlementView, message: string): void => {
    settlement = next;
    render();
    heading.focus();
    announce(status, message);
  };
  const onRedeliver = async (unitId: string): Promise<void> => {
    try {
      settlement = parseSettlementResponse(await api.post(`${path}/units/${encodeURIComponent(unitId)}/redeliver`, {}));
      render();
      announce(status, 'Kunngjøringen er lagt i kø og sendes til enhetens kanal.');
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      announce(status, error.message);
    }
  };
  const onAction = async (unitId: string, taskId: string, action: TaskAction, text?: string): Promise<void> => {
    const title = settlement.units.find((u) => u.unitId === unitId)?.flow?.tasks?.find((t) => t.taskId === taskId)?.title ?? '';
    const taskPath = `${path}/units/${encodeURIComponent(unitId)}/tasks/${encodeURIComponent(taskId)}`;
    try {
      settlement = parseSettlementResponse(
        await api.post(taskPath, { action, ...(text === undefined ? {} : { text }) } satisfies TaskActionRequest),
      );
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 409) throw error;
      // Someone else changed the task: show its current state with the server's explanation.
      settlement = parseSettlementResponse(await api.get(path));
      render(new Map([[`${unitId}/${taskId}`, error.message]]), { unitId, taskId });
      return;
    }
    render(new Map(), { unitId, taskId });
    announce(status, actionDoneMessage(action, title));
  };

  render();
  target.append(
    backLink(hrefFor('/bosettinger'), 'Alle bosettinger'),
    heading,
    warningsRegion(takeFlash(`settlement:${id}`)),
    status,
    el(
      'section',
      { class: 'panel', 'data-testid': 'settlement-detail', 'aria-labelledby': 'facts-heading' },
      el('h2', { id: 'facts-heading' }, 'Fakta uten navn'),
      facts,
    ),
    el('h2', {}, 'Berørte enheter'),
    units,
  );
};

function manageControls(
  settlement: SettlementView,
  me: MeResponse,
  api: ApiClient,
  path: string,
  onReplaced: (next: SettlementView, message: string) => void,
): HTMLElement | string {
  if (!canManageSettlements(me.roles) || settlement.status !== 'open') return '';
  const edit = el(
    'fluent-anchor-button',
    {
      appearance: 'secondary',
      href: hrefFor(`/bosettinger/${encodeURIComponent(settlement.id)}/rediger`),
      'data-testid': 'edit-settlement',
    },
    'Endre',
  );
  const cancel = cancelControls({
    settlement,
    api,
    path,
    onCancelled: (next) => onReplaced(next, 'Bosettingen er avlyst. Enhetene får beskjed i kanalene sine.'),
    onReloaded: (next) => onReplaced(next, 'Bosettingen er lastet inn på nytt.'),
  });
  return el('div', { class: 'manage-actions' }, edit, cancel);
}

function unitSections(
  settlement: SettlementView,
  me: MeResponse,
  onAction: (unitId: string, taskId: string, action: TaskAction, text?: string) => Promise<void>,
  errors: ReadonlyMap<string, string>,
  onRedeliver?: (unitId: string) => Promise<void>,
): HTMLElement[] {
  if (settlement.units.length === 0) return [el('p', { class: 'panel' }, 'Ingen enheter er berørt av denne bosettingen.')];
  return settlement.units.map((unit) =>
    unitFlowSection({
      settlementId: settlement.id,
      settlementOpen: settlement.status === 'open',
      unit,
      canWork: canWorkInUnit(me.roles, unit.unitId),
      onAction,
      onRedeliver,
      taskErrors: errors,
    }),
  );
}

/** Warnings from saving (e.g. a unit with no channel), shown prominently once. */
function warningsRegion(warnings: readonly string[]): HTMLElement | string {
  if (warnings.length === 0) return '';
  const region = el('div', { class: 'warning-box', role: 'status', 'data-testid': 'settlement-warnings' });
  // Filled after the region is on the page, so screen readers announce it.
  window.setTimeout(() => {
    region.replaceChildren(
      el('h2', {}, el('span', { 'aria-hidden': 'true' }, '⚠ '), 'Bosettingen er lagret, men merk:'),
      el('ul', {}, ...warnings.map((warning) => el('li', {}, warning))),
    );
  }, 100);
  return region;
}

function focusTask(container: HTMLElement, ref: TaskRef): void {
  const item = container.querySelector<HTMLElement>(`[data-testid="${CSS.escape(`task-${ref.unitId}-${ref.taskId}`)}"]`);
  const firstButton = item?.querySelector<HTMLElement>('.task-actions fluent-button');
  (firstButton ?? item)?.focus();
}
