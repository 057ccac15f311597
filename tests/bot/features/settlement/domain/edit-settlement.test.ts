import assert from 'node:assert/strict';
import { DEFAULT_AFFECTED_UNIT_RULES } from '../../../../../bot/src/features/settlement/domain/affected-unit-rules.js';
import { cancelSettlement } from '../../../../../bot/src/features/settlement/domain/cancel-settlement.js';
import { editSettlement } from '../../../../../bot/src/features/settlement/domain/edit-settlement.js';
import { expectDomainError, expectInvalid } from './expect-invalid.js';
import { ID, NAMES, familyRegistration, familySettlement } from './fixtures.js';

const change = { changedBy: 'user-editor', changedAt: '2027-02-01T10:00:00.000Z' };

describe('edit-settlement', () => {
  it('should recompute facts and bump the version when a member is removed', () => {
    const registration = familyRegistration();
    const members = registration.members.filter((member) => member.personId !== ID.pupil);
    const edited = editSettlement(familySettlement(), { ...registration, members }, DEFAULT_AFFECTED_UNIT_RULES, change);
    assert.equal(edited.settlement.version, 2);
    assert.equal(edited.settlement.childCount, 3);
    assert.equal(edited.settlement.updatedBy, 'user-editor');
    assert.equal(edited.settlement.updatedAt, change.changedAt);
    assert.equal(edited.settlement.createdBy, familySettlement().createdBy);
    assert.ok(!edited.settlement.affectedUnitIds.includes('grunnskole'));
    assert.deepEqual(edited.removedPersonIds, [ID.pupil]);
    assert.equal(edited.personalRecords.length, 5);
  });

  it('should keep names out of the edited settlement document when it is serialised', () => {
    const edited = editSettlement(familySettlement(), familyRegistration(), DEFAULT_AFFECTED_UNIT_RULES, change);
    const json = JSON.stringify(edited.settlement);
    assert.ok(NAMES.every((name) => !json.includes(name)));
  });

  it('should drop the address area when the edit removes it', () => {
    const edited = editSettlement(
      familySettlement(),
      { ...familyRegistration(), addressArea: undefined },
      DEFAULT_AFFECTED_UNIT_RULES,
      change,
    );
    assert.equal('addressArea' in edited.settlement, false);
  });

  it('should refuse with a conflict when the form was based on an older version', () => {
    expectDomainError(
      () => editSettlement(familySettlement(), familyRegistration(), DEFAULT_AFFECTED_UNIT_RULES, { ...change, expectedVersion: 0 }),
      'conflict',
      'endret av noen andre',
    );
  });

  it('should refuse with a conflict when the settlement is cancelled', () => {
    const cancelled = cancelSettlement(familySettlement(), change);
    expectDomainError(() => editSettlement(cancelled, familyRegistration(), DEFAULT_AFFECTED_UNIT_RULES, change), 'conflict', 'avlyst');
  });

  it('should refuse an empty household when edited', () => {
    expectInvalid(
      () => editSettlement(familySettlement(), { ...familyRegistration(), members: [] }, DEFAULT_AFFECTED_UNIT_RULES, change),
      'minst én person',
    );
  });
});

describe('cancel-settlement', () => {
  it('should mark the settlement cancelled and bump the version when cancelled', () => {
    const cancelled = cancelSettlement(familySettlement(), { ...change, expectedVersion: 1 });
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(cancelled.version, 2);
    assert.equal(cancelled.updatedBy, 'user-editor');
    assert.deepEqual(cancelled.members, familySettlement().members);
  });

  it('should refuse with a conflict when already cancelled', () => {
    const cancelled = cancelSettlement(familySettlement(), change);
    expectDomainError(() => cancelSettlement(cancelled, change), 'conflict', 'avlyst');
  });

  it('should refuse with a conflict when the version differs', () => {
    expectDomainError(() => cancelSettlement(familySettlement(), { ...change, expectedVersion: 3 }), 'conflict', 'endret av noen andre');
  });
});
