import { createAuditModule } from '../features/audit/audit-module.js';
import { parseReferenceQuery } from '../features/settlement/domain/settlement-reference.js';
import { createOverviewModule } from '../features/overview/overview-module.js';
import { createChannelsModule } from '../features/channels/channels-module.js';
import { createSettlementServices } from '../features/settlement/create-settlement-services.js';
import { createSettlementModule } from '../features/settlement/settlement-module.js';
import type { SettlementServices } from '../features/settlement/settlement-services.js';
import type { TabLinkOptions } from '../features/settlement/use-cases/secure-zone-link.js';
import { createWorkspaceModule } from '../features/workspace/workspace-module.js';
import type { FeatureModule } from '../platform/feature-module.js';
import type { Repositories } from './create-repositories.js';

/** Options for {@link createFeatureModules}. */
export interface FeatureModulesOptions {
  readonly repositories: Repositories;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly links: TabLinkOptions;
}

/** Every feature module, wired over the repositories; the settlement services are also returned for tests and scripts. */
export interface FeatureModules {
  readonly modules: readonly FeatureModule[];
  readonly settlementServices: SettlementServices;
}

/** Builds each capability's module; the one place that knows which features exist. */
export function createFeatureModules(options: FeatureModulesOptions): FeatureModules {
  const { repositories, now, newId, links } = options;
  const settlementServices = createSettlementServices(repositories, now, newId);
  const settlement = createSettlementModule(settlementServices, links);
  const channels = createChannelsModule({ ...repositories, now, onChannelBound: [settlement.onChannelBound] });
  const workspace = createWorkspaceModule(repositories);
  const audit = createAuditModule({
    ...repositories,
    now,
    newId,
    settlementIdForReference: async (tenantId, text) => {
      const reference = parseReferenceQuery(text);
      if (!reference) return 'invalid';
      return (await repositories.settlements.listPage(tenantId, { limit: 1, reference })).settlements[0]?.id;
    },
  });
  const features = [workspace, channels, settlement, audit];
  const overview = createOverviewModule(
    features.flatMap((feature) => feature.overview ?? []),
    now,
  );
  return { modules: [...features, overview], settlementServices };
}
