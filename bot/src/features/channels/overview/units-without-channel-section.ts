import { hasRole } from '../../../kernel/users/role.js';
import type { OverviewSections } from '../../../platform/overview/overview-sections.js';
import type { ChannelDependencies } from '../channel-dependencies.js';

/** An admin's start page: the units no Teams channel is bound to (they get no announcements). No query: both lists are cached. */
export function unitsWithoutChannelSection(deps: Pick<ChannelDependencies, 'units' | 'bindings'>): OverviewSections {
  return {
    name: 'units-without-channel',
    order: 30,
    appliesTo: (user) => hasRole(user.roles, 'admin'),
    load: async (user) => {
      const [units, bindings] = await Promise.all([deps.units.list(user.tenantId), deps.bindings.list(user.tenantId)]);
      const bound = new Set(bindings.map((b) => b.unitId));
      return [
        {
          id: 'units-without-channel',
          title: 'Enheter uten kanal',
          emptyText: 'Alle enheter er koblet til en Teams-kanal.',
          rows: units
            .filter((unit) => !bound.has(unit.id))
            .map((unit) => ({
              id: unit.id,
              text: unit.name,
              meta: 'Legg Introteam til i enhetens kanal og skriv «koble kanal» til boten der.',
              badges: [{ kind: 'warning' as const, text: 'Ingen kanal' }],
            })),
        },
      ];
    },
  };
}
