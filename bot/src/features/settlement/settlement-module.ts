import type { FeatureModule } from '../../platform/feature-module.js';
import { settlementOutboxRenderers } from './delivery/render-announcement.js';
import { privacyRoutes } from './http/privacy-routes.js';
import { routineAdminRoutes } from './http/routine-admin-routes.js';
import { settlementRoutes } from './http/settlement-routes.js';
import { settlementOverview } from './overview/settlement-overview.js';
import type { SettlementServices } from './settlement-services.js';
import { settlementCardVerbs } from './teams/settlement-card-verbs.js';
import { referenceBackfill } from './use-cases/assign-missing-references.js';
import { announceOpenSettlementsToUnit } from './use-cases/announce-open-settlements-to-unit.js';
import { remindOverdueTasks } from './use-cases/remind-overdue-tasks.js';
import { resumeUnitWork } from './use-cases/resume-unit-work.js';
import type { TabLinkOptions } from './use-cases/secure-zone-link.js';
import { untilNothingLeft } from '../../platform/jobs/until-nothing-left.js';

/** The settlement feature as the app wires it, plus its hook for newly bound channels. */
export interface SettlementModule extends FeatureModule {
  /** Announces the open settlements that affect a unit in its newly bound channel. */
  readonly onChannelBound: (tenantId: string, unitId: string) => Promise<void>;
}

/**
 * Settlements: registration, affected-unit rules and routines, name-free announcements, the units'
 * routine flows on cards, the secure zone, reminders and resuming half-done registrations.
 */
export function createSettlementModule(services: SettlementServices, links: TabLinkOptions): SettlementModule {
  return {
    name: 'settlement',
    routes: [...settlementRoutes(services), ...routineAdminRoutes(services), ...privacyRoutes(services)],
    cardActions: settlementCardVerbs({ settlementServices: services, bindings: services.bindings, links }),
    outboxRenderers: settlementOutboxRenderers(services, links),
    housekeeping: [
      { name: 'assign-missing-references', run: referenceBackfill(services) },
      { name: 'resume-unit-work', run: (tenantId) => resumeUnitWork(services, tenantId) },
      { name: 'remind-overdue-tasks', run: (tenantId) => remindOverdueTasks(services, tenantId) },
      // Flows stored before the start page's index fields existed get them; every write since stores them.
      { name: 'index-unit-flows', run: untilNothingLeft((tenantId) => services.flows.indexUnindexedFlows(tenantId, 100)) },
    ],
    overview: [settlementOverview(services)],
    onChannelBound: async (tenantId, unitId) => {
      await announceOpenSettlementsToUnit(services, tenantId, unitId);
    },
  };
}
