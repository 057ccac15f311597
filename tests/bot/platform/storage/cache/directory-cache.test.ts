import assert from 'node:assert/strict';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { startAppHarness, type AppHarness } from '../../../../support/http/app-harness.js';
import { DEMO } from '../../../../support/settlements/settlement-harness.js';

type Me = { user: { displayName: string }; roles: { role: string; unitId?: string; label: string }[] };

describe('cached tenants, users and units: a change is seen by the next request', () => {
  let harness: AppHarness;
  let token: string;
  before(async () => {
    harness = await startAppHarness();
    token = await harness.devToken(DEMO.barnehage);
  });
  after(async () => harness.close());

  async function me(): Promise<{ status: number; body: Me }> {
    const response = await fetch(`${harness.baseUrl}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as Me };
  }

  it('should show a renamed unit at once', async () => {
    const before = await me();
    assert.ok(before.body.roles.some((role) => role.unitId === 'barnehage'));
    const unit = (await harness.repositories.units.get(DEMO_TENANT_ID, 'barnehage'))!;
    await harness.repositories.units.upsert({ ...unit, name: 'Barnehagene i sentrum' });
    const after = await me();
    assert.ok(
      after.body.roles.some((role) => role.label.includes('Barnehagene i sentrum')),
      `the new unit name is shown: ${JSON.stringify(after.body.roles)}`,
    );
  });

  it('should apply a changed role to the next request, also taking access away', async () => {
    const user = (await harness.repositories.users.get(DEMO_TENANT_ID, DEMO.barnehage))!;
    await me();
    await harness.repositories.users.upsert({ ...user, roles: [...user.roles, { role: 'unit-member', unitId: 'nav' }] });
    assert.ok(
      (await me()).body.roles.some((role) => role.unitId === 'nav'),
      'the added role is seen',
    );
    await harness.repositories.users.upsert({ ...user, roles: [] });
    const without = await me();
    assert.ok(
      without.body.roles.every((role) => role.unitId !== 'barnehage' && role.unitId !== 'nav'),
      'a removed role is gone at the next request',
    );
    await harness.repositories.users.upsert(user);
  });
});
