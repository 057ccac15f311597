import assert from 'node:assert/strict';
import { draftFromRegistration, registrationFromDraft } from '../../../../tab/src/features/settlement/registration-body.js';
import type { RegistrationDraft } from '../../../../tab/src/features/settlement/registration-draft.js';
import type { Registration } from '../../../../contract/registration.js';

const draft: RegistrationDraft = {
  arrivalDate: '05.03.2026',
  addressArea: ' Sentrum ',
  note: '  ',
  members: [
    {
      personId: 'p1',
      fullName: ' Amina ',
      birthDate: '01.02.1990',
      role: 'adult',
      guardianIds: [],
      healthFollowUp: true,
      adaptedHousing: false,
      specialSupport: false,
      interpreterLanguage: 'Arabisk',
    },
    {
      personId: 'p2',
      fullName: 'Omar',
      birthDate: '2022-06-01',
      role: 'child',
      guardianIds: ['p1'],
      healthFollowUp: false,
      adaptedHousing: false,
      specialSupport: true,
      interpreterLanguage: ' ',
    },
  ],
};

describe('registration-body', () => {
  it('should build the API body with ISO dates, trimmed text and empty optionals left out', () => {
    const body = registrationFromDraft(draft);
    assert.deepEqual(body, {
      expectedArrivalDate: '2026-03-05',
      addressArea: 'Sentrum',
      members: [
        {
          personId: 'p1',
          fullName: 'Amina',
          birthDate: '1990-02-01',
          role: 'adult',
          guardianIds: [],
          needs: { healthFollowUp: true, adaptedHousing: false, specialSupport: false, interpreterLanguage: 'Arabisk' },
        },
        {
          personId: 'p2',
          fullName: 'Omar',
          birthDate: '2022-06-01',
          role: 'child',
          guardianIds: ['p1'],
          needs: { healthFollowUp: false, adaptedHousing: false, specialSupport: true },
        },
      ],
    });
  });

  it('should send no guardians for an adult even when stale links remain', () => {
    const body = registrationFromDraft({ ...draft, members: [{ ...draft.members[0]!, guardianIds: ['x'] }] });
    assert.deepEqual(body.members[0]?.guardianIds, []);
  });

  it('should send an unparseable date as typed so the server can explain it', () => {
    assert.equal(registrationFromDraft({ ...draft, arrivalDate: ' snart ' }).expectedArrivalDate, 'snart');
  });

  it('should give back the same registration when a draft made from it is sent again', () => {
    const registration: Registration = registrationFromDraft(draft);
    const again = draftFromRegistration(registration);
    assert.equal(again.arrivalDate, '05.03.2026');
    assert.equal(again.members[1]?.birthDate, '01.06.2022');
    assert.deepEqual(registrationFromDraft(again), registration);
  });
});
