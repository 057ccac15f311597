import assert from 'node:assert/strict';
import { DEFAULT_AFFECTED_UNIT_RULES } from '../../../../../bot/src/features/settlement/domain/affected-unit-rules.js';
import { diffAffectedUnits } from '../../../../../bot/src/features/settlement/domain/affected-units-diff.js';
import { cancelSettlement } from '../../../../../bot/src/features/settlement/domain/cancel-settlement.js';
import { editSettlement } from '../../../../../bot/src/features/settlement/domain/edit-settlement.js';
import { ARRIVAL, ID, familyRegistration, familySettlement, member } from './fixtures.js';

const change = { changedBy: 'user-editor', changedAt: '2027-02-01T10:00:00.000Z' };

describe('affected-units-diff', () => {
  it('should list removed units and units whose persons changed when a child leaves the household', () => {
    const before = familySettlement();
    const registration = familyRegistration();
    const members = registration.members.filter((m) => m.personId !== ID.pupil);
    const after = editSettlement(before, { ...registration, members }, DEFAULT_AFFECTED_UNIT_RULES, change).settlement;
    assert.deepEqual(diffAffectedUnits(before, after), {
      added: [],
      removed: ['grunnskole'],
      changed: ['bosetting', 'helsetjeneste'],
      unchanged: ['barnehage', 'voi', 'nav'],
    });
  });

  it('should list added units when an edit adds a child of school age', () => {
    const adultOnly = { expectedArrivalDate: ARRIVAL, members: [member({ personId: ID.mother })] };
    const before = editSettlement(familySettlement(), adultOnly, DEFAULT_AFFECTED_UNIT_RULES, change).settlement;
    const withChild = {
      ...adultOnly,
      members: [...adultOnly.members, member({ personId: ID.pupil, role: 'child', birthDate: '2017-01-01', guardianIds: [ID.mother] })],
    };
    const after = editSettlement(before, withChild, DEFAULT_AFFECTED_UNIT_RULES, change).settlement;
    const diff = diffAffectedUnits(before, after);
    assert.deepEqual(diff.added, ['grunnskole']);
    assert.deepEqual(diff.removed, []);
  });

  it('should list every unit as removed when the settlement is cancelled', () => {
    const before = familySettlement();
    const diff = diffAffectedUnits(before, cancelSettlement(before, change));
    assert.deepEqual(diff.removed, before.affectedUnitIds);
    assert.deepEqual([...diff.added, ...diff.changed, ...diff.unchanged], []);
  });

  it('should report no change when nothing about the units changed', () => {
    const before = familySettlement();
    const after = editSettlement(before, familyRegistration(), DEFAULT_AFFECTED_UNIT_RULES, change).settlement;
    assert.deepEqual(diffAffectedUnits(before, after), { added: [], removed: [], changed: [], unchanged: before.affectedUnitIds });
  });
});
