import type { ChannelBindingRepository } from '../../../kernel/channels/channel-binding-repository.js';
import type { LoadSettlementDeps } from '../use-cases/load-settlement.js';
import type { TabLinkOptions } from '../use-cases/secure-zone-link.js';
import type { SettlementCardForUnitDeps } from '../use-cases/settlement-card-for-unit.js';
import type { ApplyTaskActionDeps } from '../use-cases/task-action.js';
import type { SettlementServices } from '../settlement-services.js';

/** What the card verbs use of the settlement services: the settlement and flow (refresh), task actions and the unit's card. */
export type SettlementCardServices = Pick<SettlementServices, 'settlements' | 'flows'> &
  LoadSettlementDeps &
  ApplyTaskActionDeps &
  SettlementCardForUnitDeps;

/** What the settlement card verbs need. */
export interface SettlementCardDependencies {
  readonly settlementServices: SettlementCardServices;
  /** Which channel each unit is bound to (a card is only valid in its unit's channel). */
  readonly bindings: ChannelBindingRepository;
  /** How links into the tab are built. */
  readonly links: TabLinkOptions;
}
