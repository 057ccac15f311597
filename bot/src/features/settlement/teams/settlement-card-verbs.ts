import type { CardActionTable } from '../../../platform/teams/card-action-handler.js';
import { refreshSettlementCardAction, taskCardAction } from './settlement-card-actions.js';
import type { SettlementCardDependencies } from './settlement-card-dependencies.js';

/** The settlement card's `Action.Execute` verbs, bound to their dependencies. */
export function settlementCardVerbs(deps: SettlementCardDependencies): CardActionTable {
  return {
    refreshSettlementCard: (action) => refreshSettlementCardAction(deps, action),
    takeTask: (action) => taskCardAction('take')(deps, action),
    completeTask: (action) => taskCardAction('complete')(deps, action),
    reopenTask: (action) => taskCardAction('reopen')(deps, action),
    commentTask: (action) => taskCardAction('comment')(deps, action),
  };
}
