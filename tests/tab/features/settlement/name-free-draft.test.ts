import assert from 'node:assert/strict';
import { hasContent, isNameFreeRegistrationDraft, nameFreeDraft, restoredDraft } from '../../../../tab/src/features/settlement/name-free-draft.js';
import { emptyDraft, emptyMember, type RegistrationDraft } from '../../../../tab/src/features/settlement/registration-draft.js';

const typed: RegistrationDraft = {
  arrivalDate: '03.04.2027',
  addressArea: 'Sentrum',
  note: 'Amina trenger tolk',
  members: [
    { ...emptyMember('p1'), fullName: 'Amina Haddad', birthDate: '04.03.1990', healthFollowUp: true, interpreterLanguage: 'arabisk' },
    { ...emptyMember('p2', 'child'), fullName: 'Sami Haddad', birthDate: '01.01.2020', guardianIds: ['p1'] },
  ],
};

describe('name-free-draft', () => {
  it('should drop names, birth dates and the note, and keep the rest', () => {
    const kept = nameFreeDraft(typed);
    const text = JSON.stringify(kept);
    for (const secret of ['Amina', 'Haddad', 'Sami', '1990', '2020', 'tolk']) assert.ok(!text.includes(secret), secret);
    assert.equal(kept.addressArea, 'Sentrum');
    assert.deepEqual(kept.members[1]?.guardianIds, ['p1']);
    assert.equal(kept.members[0]?.healthFollowUp, true);
  });

  it('should give back a form draft with names, birth dates and the note empty', () => {
    const restored = restoredDraft(nameFreeDraft(typed));
    assert.equal(restored.note, '');
    assert.deepEqual(restored.members.map((m) => [m.personId, m.fullName, m.birthDate, m.role]), [
      ['p1', '', '', 'adult'],
      ['p2', '', '', 'child'],
    ]);
    assert.equal(restored.members[0]?.interpreterLanguage, 'arabisk');
  });

  it('should offer a kept draft only when something was filled in', () => {
    assert.equal(hasContent(nameFreeDraft(emptyDraft('p1'))), false);
    assert.equal(hasContent(nameFreeDraft(typed)), true);
  });

  it('should accept only a well-formed kept draft', () => {
    assert.equal(isNameFreeRegistrationDraft(nameFreeDraft(typed)), true);
    assert.equal(isNameFreeRegistrationDraft({ ...nameFreeDraft(typed), members: [] }), false);
    assert.equal(isNameFreeRegistrationDraft({ ...nameFreeDraft(typed), addressArea: 'x'.repeat(201) }), false);
    assert.equal(isNameFreeRegistrationDraft(null), false);
    assert.equal(isNameFreeRegistrationDraft({ arrivalDate: '', addressArea: '', members: [{ personId: 'p', role: 'boss' }] }), false);
  });
});
