import assert from 'node:assert/strict';
import { canManageSettlements, canReadAudit, canWorkInUnit, currentNavPath, isAdmin, navItems } from '../../../tab/src/platform/access.js';
import type { RoleView } from '../../../contract/session.js';

const admin: RoleView = { role: 'admin', label: 'Administrator' };
const coordinator: RoleView = { role: 'coordinator', label: 'Bosettingskoordinator' };
const barnehage: RoleView = { role: 'unit-member', unitId: 'barnehage', unitName: 'Barnehage', label: 'Enhetsmedlem' };
const leaderVoi: RoleView = { role: 'leader', unitId: 'voi', label: 'Leder' };

describe('access', () => {
  it('should let coordinators and admins manage settlements and read the audit log', () => {
    assert.equal(canManageSettlements([coordinator]), true);
    assert.equal(canManageSettlements([admin]), true);
    assert.equal(canManageSettlements([barnehage]), false);
    assert.equal(canReadAudit([coordinator]), true);
    assert.equal(canReadAudit([leaderVoi]), false);
    assert.equal(isAdmin([coordinator]), false);
  });

  it('should offer work in a unit only to its members and to admins, as the server allows', () => {
    assert.equal(canWorkInUnit([barnehage], 'barnehage'), true);
    assert.equal(canWorkInUnit([barnehage], 'nav'), false);
    assert.equal(canWorkInUnit([admin], 'nav'), true);
    assert.equal(canWorkInUnit([coordinator], 'nav'), false);
    assert.equal(canWorkInUnit([leaderVoi], 'voi'), false);
  });

  it('should show admin and audit links only when the roles allow them', () => {
    assert.deepEqual(
      navItems([barnehage]).map((i) => i.path),
      ['/', '/bosettinger'],
    );
    assert.deepEqual(
      navItems([coordinator]).map((i) => i.path),
      ['/', '/bosettinger', '/revisjon'],
    );
    assert.deepEqual(
      navItems([admin]).map((i) => i.path),
      ['/', '/bosettinger', '/admin/regler', '/admin/rutiner', '/admin/personvern', '/revisjon'],
    );
  });

  it('should mark the longest matching nav path when the route is below it', () => {
    const items = navItems([admin]);
    assert.equal(currentNavPath(items, '/bosettinger/s1/sikker-sone/nav'), '/bosettinger');
    assert.equal(currentNavPath(items, '/'), '/');
    assert.equal(currentNavPath(items, '/ukjent'), undefined);
  });
});
