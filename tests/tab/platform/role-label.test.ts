import assert from 'node:assert/strict';
import { formatRoleLabel, formatRoleSummary } from '../../../tab/src/platform/role-label.js';

describe('role-label', () => {
  it('should show the label alone when the role has no unit', () => {
    assert.equal(formatRoleLabel({ role: 'adviser', label: 'Programrådgiver' }), 'Programrådgiver');
  });

  it('should add the unit name when the role applies to a unit', () => {
    assert.equal(formatRoleLabel({ role: 'unit-member', unitId: 'nav', unitName: 'NAV', label: 'Enhetsmedlem' }), 'Enhetsmedlem – NAV');
  });

  it('should not repeat the unit name when the label already contains it', () => {
    assert.equal(formatRoleLabel({ role: 'unit-member', unitName: 'NAV', label: 'Enhetsmedlem (NAV)' }), 'Enhetsmedlem (NAV)');
  });

  it('should fall back to the role code when the label is blank', () => {
    assert.equal(formatRoleLabel({ role: 'leader', label: ' ' }), 'leader');
  });

  it('should join all roles when summarising', () => {
    const summary = formatRoleSummary([
      { role: 'leader', label: 'Leder', unitName: 'Grunnskole' },
      { role: 'teacher', label: 'Kontaktlærer' },
    ]);
    assert.equal(summary, 'Leder – Grunnskole, Kontaktlærer');
  });

  it('should say so when there are no roles', () => {
    assert.equal(formatRoleSummary([]), 'Ingen roller');
  });
});
