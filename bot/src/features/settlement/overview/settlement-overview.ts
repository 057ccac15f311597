import { hasRole } from '../../../kernel/users/role.js';
import type { OverviewSections } from '../../../platform/overview/overview-sections.js';
import type { SettlementServices } from '../settlement-services.js';
import { coordinationSections, OVERDUE_CAP } from './coordination-sections.js';
import { ROWS, unitWorkSections } from './unit-work-sections.js';

const UPCOMING = 10;
const FAILED = 20;

/**
 * The settlement feature's part of the start page: a unit member's open and taken tasks, a
 * coordinator's delivery problems, coming arrivals and overdue work per unit. Everything the
 * applicable sections need is queried in parallel (each a single-partition, indexed query of at most
 * a few rows), then the settlements they name in one query, so the cost is fixed per role however
 * much is stored; units and bindings come from the directory cache.
 */
export function settlementOverview(
  services: Pick<SettlementServices, 'settlements' | 'flows' | 'units' | 'bindings' | 'deliveries'>,
): OverviewSections {
  const isMember = (roles: Parameters<typeof hasRole>[0]) => hasRole(roles, 'unit-member');
  const isCoordinator = (roles: Parameters<typeof hasRole>[0]) => hasRole(roles, 'coordinator');
  return {
    name: 'settlement',
    order: 10,
    appliesTo: (user) => isMember(user.roles) || isCoordinator(user.roles),
    load: async (user, today) => {
      const { tenantId } = user;
      const member = isMember(user.roles);
      const coordinator = isCoordinator(user.roles);
      const unitIds = [...new Set(user.roles.flatMap((r) => (r.role === 'unit-member' && r.unitId ? [r.unitId] : [])))];
      const [open, mine, upcoming, failed, overdue, units, bindings] = await Promise.all([
        member ? services.flows.listOpenForUnits(tenantId, unitIds, ROWS) : [],
        member ? services.flows.listTakenBy(tenantId, user.id, ROWS) : [],
        coordinator ? services.settlements.listUpcoming(tenantId, today, UPCOMING) : [],
        coordinator ? services.deliveries.listFailed(tenantId, 'settlement', FAILED) : [],
        coordinator ? services.flows.listOverdue(tenantId, today, OVERDUE_CAP) : [],
        services.units.list(tenantId),
        coordinator ? services.bindings.list(tenantId) : [],
      ]);
      const known = new Map(upcoming.map((s) => [s.id, s]));
      const wanted = [...new Set([...open, ...mine].map((f) => f.settlementId).concat(failed.map((m) => m.subject.id)))];
      const missing = wanted.filter((id) => !known.has(id));
      for (const settlement of await services.settlements.listByIds(tenantId, missing)) known.set(settlement.id, settlement);
      const unitNames = new Map(units.map((u) => [u.id, u.name]));
      return [
        ...(member ? unitWorkSections({ userId: user.id, unitIds, open, mine, unitNames, settlements: known }, today) : []),
        ...(coordinator
          ? coordinationSections({ upcoming, failed, overdue, unitNames, settlements: known, bound: new Set(bindings.map((b) => b.unitId)) })
          : []),
      ];
    },
  };
}
