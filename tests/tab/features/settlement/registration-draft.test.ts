import assert from 'node:assert/strict';
import {
  addMember,
  emptyDraft,
  guardianChoices,
  impliedRole,
  removeMember,
  setGuardian,
  updateMember,
  type RegistrationDraft,
} from '../../../../tab/src/features/settlement/registration-draft.js';

/** Mother (adult), father (adult) and a child. */
function family(): RegistrationDraft {
  let draft = addMember(addMember(emptyDraft('mor'), 'far'), 'barn');
  draft = updateMember(draft, 'mor', { fullName: 'Amina' });
  draft = updateMember(draft, 'barn', { role: 'child' });
  return draft;
}

describe('registration-draft', () => {
  it('should start with one empty adult when the form is new', () => {
    const draft = emptyDraft('p1');
    assert.equal(draft.members.length, 1);
    assert.equal(draft.members[0]?.role, 'adult');
    assert.equal(draft.members[0]?.fullName, '');
  });

  it('should offer the other adults as guardians with their position and name', () => {
    assert.deepEqual(guardianChoices(family(), 'barn'), [
      { personId: 'mor', position: 1, label: 'Person 1 (Amina)' },
      { personId: 'far', position: 2, label: 'Person 2' },
    ]);
  });

  it('should keep guardians in member order when they are linked in another order', () => {
    let draft = setGuardian(family(), 'barn', 'far', true);
    draft = setGuardian(draft, 'barn', 'mor', true);
    assert.deepEqual(draft.members[2]?.guardianIds, ['mor', 'far']);
    draft = setGuardian(draft, 'barn', 'far', false);
    assert.deepEqual(draft.members[2]?.guardianIds, ['mor']);
  });

  it('should drop a removed member from the guardian links', () => {
    const draft = removeMember(setGuardian(family(), 'barn', 'mor', true), 'mor');
    assert.deepEqual(
      draft.members.map((m) => m.personId),
      ['far', 'barn'],
    );
    assert.deepEqual(draft.members[1]?.guardianIds, []);
  });

  it('should unlink a guardian when that adult becomes a child', () => {
    const draft = updateMember(setGuardian(family(), 'barn', 'mor', true), 'mor', { role: 'child' });
    assert.deepEqual(draft.members[2]?.guardianIds, []);
  });

  it("should clear a member's own guardians when the member becomes an adult", () => {
    const draft = updateMember(setGuardian(family(), 'barn', 'mor', true), 'barn', { role: 'adult' });
    assert.deepEqual(draft.members[2]?.guardianIds, []);
  });

  it('should imply the role from the age at arrival when both dates are valid', () => {
    assert.equal(impliedRole('05.03.2008', '05.03.2026'), 'adult');
    assert.equal(impliedRole('06.03.2008', '05.03.2026'), 'child');
    assert.equal(impliedRole('2020-01-01', '05.03.2026'), 'child');
    assert.equal(impliedRole('', '05.03.2026'), undefined);
    assert.equal(impliedRole('01.01.2030', '05.03.2026'), undefined);
  });
});
