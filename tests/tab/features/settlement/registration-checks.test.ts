import assert from 'node:assert/strict';
import { addYears, checkRegistrationDraft } from '../../../../tab/src/features/settlement/registration-checks.js';
import { emptyMember, type MemberDraft, type RegistrationDraft } from '../../../../tab/src/features/settlement/registration-draft.js';

const TODAY = '2026-02-10';

function member(personId: string, overrides: Partial<MemberDraft> = {}): MemberDraft {
  return { ...emptyMember(personId), fullName: 'Test Testesen', birthDate: '01.01.1990', ...overrides };
}

function draft(overrides: Partial<RegistrationDraft> = {}): RegistrationDraft {
  return { arrivalDate: '05.03.2026', addressArea: '', note: '', members: [member('a')], ...overrides };
}

const fields = (d: RegistrationDraft): string[] => checkRegistrationDraft(d, TODAY).map((e) => e.field);

describe('registration-checks', () => {
  it('should find nothing when the registration is complete', () => {
    assert.deepEqual(checkRegistrationDraft(draft(), TODAY), []);
  });

  it('should name the fields when required values are missing', () => {
    const errors = checkRegistrationDraft(draft({ arrivalDate: '', members: [member('a', { fullName: ' ', birthDate: '' })] }), TODAY);
    assert.deepEqual(
      errors.map((e) => e.field),
      ['arrival-date', 'member-1-name', 'member-1-birth-date'],
    );
    assert.equal(errors[1]?.message, 'Person 1: Navnet må fylles ut.');
  });

  it('should refuse an arrival date far in the past or the future', () => {
    assert.deepEqual(fields(draft({ arrivalDate: '09.02.2025' })), ['arrival-date']);
    assert.deepEqual(fields(draft({ arrivalDate: '10.02.2025' })), []);
    assert.deepEqual(fields(draft({ arrivalDate: '11.02.2028' })), ['arrival-date']);
    assert.deepEqual(fields(draft({ arrivalDate: '31.02.2026' })), ['arrival-date']);
  });

  it('should refuse a street address when the area has a house number', () => {
    assert.deepEqual(fields(draft({ addressArea: 'Storgata 5' })), ['address-area']);
  });

  it('should refuse a birth date in the future or after arrival', () => {
    assert.deepEqual(fields(draft({ members: [member('a', { birthDate: '11.02.2026' })] })), ['member-1-birth-date']);
    assert.deepEqual(fields(draft({ arrivalDate: '01.02.2026', members: [member('a', { birthDate: '05.02.2026', role: 'child' })] })), [
      'member-1-birth-date',
    ]);
  });

  it('should refuse a role that does not fit the age at arrival', () => {
    assert.deepEqual(fields(draft({ members: [member('a', { birthDate: '01.01.2015' })] })), ['member-1-role']);
    assert.deepEqual(fields(draft({ members: [member('a', { role: 'child' })] })), ['member-1-role']);
  });

  it('should refuse a guardian who is not an adult in the household', () => {
    const child = member('b', { role: 'child', birthDate: '01.01.2020', guardianIds: ['ukjent'] });
    assert.deepEqual(fields(draft({ members: [member('a'), child] })), ['member-2-guardians']);
    assert.deepEqual(fields(draft({ members: [member('a'), { ...child, guardianIds: ['a'] }] })), []);
  });

  it('should refuse an interpreter language with digits and a note that is too long', () => {
    assert.deepEqual(fields(draft({ members: [member('a', { interpreterLanguage: 'Arabisk 2' })] })), ['member-1-interpreter']);
    assert.deepEqual(fields(draft({ note: 'x'.repeat(2001) })), ['note']);
  });

  it('should refuse a 201- or 558-character name with the server’s limit message, and accept 200', () => {
    for (const length of [201, 558]) {
      assert.deepEqual(checkRegistrationDraft(draft({ members: [member('a', { fullName: 'x'.repeat(length) })] }), TODAY), [
        { field: 'member-1-name', message: 'Person 1: Navnet kan være høyst 200 tegn.' },
      ]);
    }
    assert.deepEqual(fields(draft({ members: [member('a', { fullName: 'x'.repeat(200) })] })), []);
  });

  it('should refuse a bidi override or control character in the name, area, language and note, naming the field', () => {
    const hidden = 'kan ikke inneholde kontrolltegn eller usynlige retningstegn.';
    const errors = checkRegistrationDraft(
      draft({
        addressArea: 'Sentrum\u202E',
        note: 'Merk\u0000',
        members: [member('a', { fullName: 'Ola\u202ENordmann', interpreterLanguage: 'Arabisk\u2066' })],
      }),
      TODAY,
    );
    assert.deepEqual(errors, [
      { field: 'address-area', message: `Boområde ${hidden}` },
      { field: 'member-1-name', message: `Person 1: Navnet ${hidden}` },
      { field: 'member-1-interpreter', message: `Person 1: Tolkespråk ${hidden}` },
      { field: 'note', message: `Merknaden ${hidden}` },
    ]);
  });

  it('should allow a newline in the note but not in the name', () => {
    assert.deepEqual(fields(draft({ note: 'Linje 1\nLinje 2' })), []);
    assert.deepEqual(checkRegistrationDraft(draft({ members: [member('a', { fullName: 'Ola\nNordmann' })] }), TODAY), [
      { field: 'member-1-name', message: 'Person 1: Navnet kan ikke inneholde linjeskift.' },
    ]);
  });

  it('should ask for a person when the household is empty', () => {
    assert.deepEqual(fields(draft({ members: [] })), ['add-member']);
  });

  describe('addYears', () => {
    it('should move 29 February to 28 February when the target year is not a leap year', () => {
      assert.equal(addYears('2024-02-29', -1), '2023-02-28');
      assert.equal(addYears('2026-03-05', 2), '2028-03-05');
    });
  });
});
