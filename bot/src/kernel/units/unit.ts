/** A municipal unit (enhet) that receives settlements and runs its own routine flow. */
export interface Unit {
  /** Stable slug, e.g. `barnehage`. */
  readonly id: string;
  readonly tenantId: string;
  /** Norwegian display name, e.g. "Barnehage". */
  readonly name: string;
}

/** The units every new tenant starts with; a municipality may add more. */
export const DEFAULT_UNITS: ReadonlyArray<Omit<Unit, 'tenantId'>> = [
  { id: 'bosetting', name: 'Bosetting' },
  { id: 'nav', name: 'NAV' },
  { id: 'helsetjeneste', name: 'Helsetjeneste' },
  { id: 'grunnskole', name: 'Grunnskole' },
  { id: 'barnehage', name: 'Barnehage' },
  { id: 'voi', name: 'Voksenopplæring og integrering' },
];
