import type { RoutineTemplate } from '../../../../../bot/src/features/settlement/domain/routine-template.js';
import { startUnitFlow, type UnitFlow } from '../../../../../bot/src/features/settlement/domain/unit-flow.js';
import { TENANT, familySettlement } from './fixtures.js';

/** A small Barnehage routine: one task before arrival, one on the day, one after. */
export const TEMPLATE: RoutineTemplate = {
  tenantId: TENANT,
  unitId: 'barnehage',
  tasks: [
    { id: 'plass', title: 'Barnehageplass', description: 'Plass tildelt.', ownerRole: 'Styrer', dueOffsetDays: -7 },
    { id: 'mottak', title: 'Velkommen', description: 'Møtt familien.', ownerRole: 'Pedagogisk leder', dueOffsetDays: 0 },
    { id: 'samtale', title: 'Oppstartsamtale', description: 'Med tolk.', ownerRole: 'Pedagogisk leder', dueOffsetDays: 21 },
  ],
};

export const ANNE = 'user-anne';
export const BJORN = 'user-bjorn';
export const T1 = '2027-03-01T08:00:00.000Z';
export const T2 = '2027-03-02T08:00:00.000Z';

/** The Barnehage flow for the family settlement, all tasks open. */
export function barnehageFlow(): UnitFlow {
  return startUnitFlow(TEMPLATE, familySettlement(), { createdAt: '2027-01-10T09:00:00.000Z' });
}
