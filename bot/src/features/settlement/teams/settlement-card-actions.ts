import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { z } from 'zod';
import type { TaskViewer } from '../../../kernel/checklist/task-permissions.js';
import { mayWorkUnit, seesAllSettlements } from '../../../kernel/users/require-role.js';
import type { Settlement } from '../domain/settlement.js';
import type { UnitFlow } from '../domain/unit-flow.js';
import { loadSettlement } from '../use-cases/load-settlement.js';
import { settlementCardForUnit } from '../use-cases/settlement-card-for-unit.js';
import { applyTaskAction, requireUnitWorker, taskActionSchema } from '../use-cases/task-action.js';
import type { SettlementCardDependencies } from './settlement-card-dependencies.js';
import { BOT_MESSAGES } from '../../../platform/teams/bot-messages.js';
import type { CardActionContext } from '../../../platform/teams/card-action-context.js';
import { cardActionError } from '../../../platform/teams/card-action-error.js';
import { cardResponse, errorResponse } from '../../../platform/teams/card-action-response.js';

/** A settlement card verb over the feature's dependencies (bound in the settlement module). */
type SettlementVerb = (deps: SettlementCardDependencies, action: CardActionContext) => Promise<AdaptiveCardInvokeResponse>;

const cardTarget = z.object({ settlementId: z.uuid(), unitId: z.string().regex(/^[a-z0-9-]{1,40}$/) });

/** Refuses a card whose unit is not the one this channel is bound to (forged or moved card data). */
async function channelIsUnits(deps: SettlementCardDependencies, action: CardActionContext, unitId: string): Promise<boolean> {
  const binding = await deps.bindings.get(action.tenant.tenantId, unitId);
  return !!binding && !!action.identity.channelId && binding.value.conversationId === action.identity.channelId;
}

/**
 * The unit's current card for the viewer (the `refresh` verb of every settlement card), checked
 * like every verb: a known user who may see the unit's settlements (its member, or admin,
 * coordinator or leader), in the channel bound to the unit, for a settlement of this tenant that
 * affects (or affected, so it has a flow) the unit. Anything else gets a Norwegian error.
 */
export const refreshSettlementCardAction: SettlementVerb = async (deps, action) => {
  const parsed = cardTarget.safeParse(action.data);
  if (!parsed.success) return errorResponse(400, BOT_MESSAGES.invalidCardData);
  const { settlementId, unitId } = parsed.data;
  if (!action.user) return errorResponse(403, BOT_MESSAGES.unknownUser);
  if (!mayWorkUnit(action.user, unitId) && !seesAllSettlements(action.user)) return errorResponse(403, BOT_MESSAGES.notYourUnitsSettlement);
  if (!(await channelIsUnits(deps, action, unitId))) return errorResponse(403, BOT_MESSAGES.cardNotForThisChannel);
  const services = deps.settlementServices;
  const [found, flow] = await Promise.all([
    services.settlements.get(action.tenant.tenantId, settlementId),
    services.flows.get(action.tenant.tenantId, settlementId, unitId),
  ]);
  if (!found) return errorResponse(404, BOT_MESSAGES.unknownSettlement);
  if (!found.value.affectedUnitIds.includes(unitId) && !flow) return errorResponse(403, BOT_MESSAGES.settlementNotForUnit);
  const viewer = cardViewer(action.user, unitId);
  return cardResponse(await settlementCardForUnit(services, deps.links, found.value, unitId, viewer, flow?.value ?? null));
};

/** A task verb (`takeTask`, `completeTask`, `reopenTask`, `commentTask`) on a settlement card. */
export function taskCardAction(action: 'take' | 'complete' | 'reopen' | 'comment'): SettlementVerb {
  return async (deps, context): Promise<AdaptiveCardInvokeResponse> => {
    const data = (typeof context.data === 'object' && context.data !== null ? context.data : {}) as Record<string, unknown>;
    const text = action === 'comment' && typeof data.taskId === 'string' ? data[`comment-${data.taskId}`] : undefined;
    const parsed = taskActionSchema.safeParse({ settlementId: data.settlementId, unitId: data.unitId, taskId: data.taskId, action, text });
    if (!parsed.success) {
      // The comment's own message ("Kommentaren kan være høyst 1000 tegn") says what to fix; other fields are the card's.
      const textIssue = action === 'comment' ? parsed.error.issues.find((i) => i.path[0] === 'text') : undefined;
      return errorResponse(400, textIssue ? `${textIssue.message}.` : BOT_MESSAGES.invalidCardData);
    }
    if (!context.user) return errorResponse(403, BOT_MESSAGES.unknownUser);
    if (!(await channelIsUnits(deps, context, parsed.data.unitId))) return errorResponse(403, BOT_MESSAGES.cardNotForThisChannel);
    let flow: UnitFlow;
    let settlement: Settlement;
    try {
      // Refused before anything is read: only the unit's members work its tasks.
      requireUnitWorker(context.user, parsed.data.unitId);
      // The card after the action needs the settlement: read it while the action reads and writes the flow.
      const settlementRead = loadSettlement(deps.settlementServices, context.tenant.tenantId, parsed.data.settlementId);
      settlementRead.catch(() => undefined); // a refused action answers without it
      flow = await applyTaskAction(deps.settlementServices, context.user, parsed.data);
      settlement = (await settlementRead).value;
    } catch (error) {
      return cardActionError(error);
    }
    // From the flow the action just saved (not read again).
    const viewer = cardViewer(context.user, flow.unitId);
    return cardResponse(await settlementCardForUnit(deps.settlementServices, deps.links, settlement, flow.unitId, viewer, flow));
  };
}

/** Who a refreshed or answered card is for: its buttons are the ones this person may use. */
function cardViewer(user: CardActionContext['user'], unitId: string): TaskViewer {
  return user ? { id: user.id, mayWork: mayWorkUnit(user, unitId) } : { mayWork: false };
}
