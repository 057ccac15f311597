import type { AppUser } from '../../kernel/users/app-user.js';

/** Name of the seeded demo municipality. */
export const DEMO_TENANT_NAME = 'Demo kommune';

/** Fictional demo staff for local development; ids double as the Agents Playground user ids. */
export function demoUsers(tenantId: string): AppUser[] {
  const user = (id: string, displayName: string, roles: AppUser['roles']): AppUser => ({ id, tenantId, displayName, roles });
  return [
    user('00000000-0000-4000-8000-000000000001', 'Ada Administrator', [
      { role: 'admin' },
      { role: 'coordinator' },
      { role: 'unit-member', unitId: 'bosetting' },
    ]),
    user('00000000-0000-4000-8000-000000000002', 'Bo Bosettingskoordinator', [
      { role: 'coordinator' },
      { role: 'unit-member', unitId: 'bosetting' },
    ]),
    user('00000000-0000-4000-8000-000000000003', 'Per Programrådgiver', [{ role: 'adviser' }, { role: 'unit-member', unitId: 'voi' }]),
    user('00000000-0000-4000-8000-000000000004', 'Kari Kontaktlærer', [{ role: 'teacher' }, { role: 'unit-member', unitId: 'voi' }]),
    user('00000000-0000-4000-8000-000000000005', 'Lise Leder', [
      { role: 'leader', unitId: 'voi' },
      { role: 'unit-member', unitId: 'voi' },
    ]),
    user('00000000-0000-4000-8000-000000000006', 'Berit Barnehage', [{ role: 'unit-member', unitId: 'barnehage' }]),
    user('00000000-0000-4000-8000-000000000007', 'Gunnar Grunnskole', [{ role: 'unit-member', unitId: 'grunnskole' }]),
    user('00000000-0000-4000-8000-000000000008', 'Helga Helsesykepleier', [{ role: 'unit-member', unitId: 'helsetjeneste' }]),
    user('00000000-0000-4000-8000-000000000009', 'Nils NAV-veileder', [{ role: 'unit-member', unitId: 'nav' }]),
  ];
}
