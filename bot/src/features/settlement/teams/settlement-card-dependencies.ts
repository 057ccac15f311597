import type { ChannelBindingRepository } from '../../../kernel/channels/channel-binding-repository.js';
import type { TabLinkOptions } from '../use-cases/secure-zone-link.js';
import type { SettlementServices } from '../settlement-services.js';

/** What the settlement card verbs need. */
export interface SettlementCardDependencies {
  readonly settlementServices: SettlementServices;
  /** Which channel each unit is bound to (a card is only valid in its unit's channel). */
  readonly bindings: ChannelBindingRepository;
  /** How links into the tab are built. */
  readonly links: TabLinkOptions;
}
