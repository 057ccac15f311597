import { renderSettlementUnitCard } from '../cards/render-settlement-unit-card.js';
import type { AdaptiveCardJson } from '../../../platform/cards/expand-card.js';
import type { TaskViewer } from '../../../kernel/checklist/task-permissions.js';
import { osloToday } from '../../../kernel/dates/iso-date.js';
import { tenantPrivacy } from '../../../kernel/tenants/tenant.js';
import type { Settlement } from '../domain/settlement.js';
import type { UnitFlow } from '../domain/unit-flow.js';
import { secureZoneLink, type TabLinkOptions } from './secure-zone-link.js';
import type { SettlementServices } from '../settlement-services.js';

/** What {@link settlementCardForUnit} uses: the unit's flow, the unit's name, the staff's names and the tenant's privacy settings. */
export type SettlementCardForUnitDeps = Pick<SettlementServices, 'flows' | 'units' | 'users' | 'tenants' | 'now'>;

/** The unit's settlement card as it should look now (for posting, updating in place and refresh). */
export async function settlementCardForUnit(
  services: SettlementCardForUnitDeps,
  links: TabLinkOptions,
  settlement: Settlement,
  unitId: string,
  viewer: TaskViewer,
  /** The unit's flow when the caller has just read or written it (saves a read); `null` for none. */
  knownFlow?: UnitFlow | null,
): Promise<AdaptiveCardJson> {
  // Units, users and the tenant are cached: in steady state only the flow costs a round trip.
  const [flow, unit, users, tenant] = await Promise.all([
    knownFlow !== undefined ? knownFlow && { value: knownFlow } : services.flows.get(settlement.tenantId, settlement.id, unitId),
    services.units.get(settlement.tenantId, unitId),
    services.users.list(settlement.tenantId),
    services.tenants.get(settlement.tenantId),
  ]);
  return renderSettlementUnitCard({
    settlement,
    unitName: unit?.name ?? unitId,
    flow: flow?.value,
    today: osloToday(services.now()),
    secureZoneUrl: secureZoneLink(links, settlement.id, unitId),
    staffNames: new Map(users.map((user) => [user.id, user.displayName])),
    viewer,
    privacy: tenantPrivacy(tenant),
  });
}
