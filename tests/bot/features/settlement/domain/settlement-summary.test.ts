import assert from 'node:assert/strict';
import type { PersonalRecord } from '../../../../../bot/src/features/settlement/domain/personal-record.js';
import { summaryFacts } from '../../../../../bot/src/features/settlement/domain/settlement-summary-facts.js';
import { summarizeSettlement } from '../../../../../bot/src/features/settlement/domain/settlement-summary.js';
import { BIRTH_DATES, ID, NAMES, familySettlement } from './fixtures.js';

describe('settlement-summary', () => {
  it('should summarise counts, bands, needs and languages when given the family', () => {
    assert.deepEqual(summarizeSettlement(familySettlement()), {
      settlementId: 's-1',
      status: 'open',
      version: 1,
      arrivalDate: '2027-03-15',
      memberCount: 6,
      adultCount: 2,
      childCount: 4,
      childrenWithoutGuardian: 0,
      ageBands: [
        { band: '0', count: 1 },
        { band: '1-5', count: 1 },
        { band: '6-15', count: 1 },
        { band: '16-17', count: 1 },
        { band: '18+', count: 2 },
      ],
      needs: [
        { flag: 'healthFollowUp', count: 1 },
        { flag: 'specialSupport', count: 1 },
      ],
      interpreterLanguages: ['Arabisk', 'Kurdisk (sorani)'],
    });
  });

  it('should copy no extra field when the settlement object carries one at run time', () => {
    const smuggled = { ...familySettlement(), secret: NAMES[0] } as ReturnType<typeof familySettlement>;
    const json = JSON.stringify(summarizeSettlement(smuggled)) + JSON.stringify(summaryFacts(summarizeSettlement(smuggled)));
    assert.ok([...NAMES, ...BIRTH_DATES, 'Sentrum', ID.mother].every((secret) => !json.includes(secret)));
  });

  it('should count children without a guardian when an unaccompanied minor is registered', () => {
    const settlement = familySettlement();
    const members = settlement.members.map((member) => (member.personId === ID.teen ? { ...member, guardianIds: [] } : member));
    assert.equal(summarizeSettlement({ ...settlement, members }).childrenWithoutGuardian, 1);
  });

  it('should not accept a personal record when called (type check)', () => {
    const record: PersonalRecord = {
      type: 'personal-record',
      id: 's-1:p',
      personId: 'p',
      settlementId: 's-1',
      tenantId: 't',
      fullName: NAMES[0]!,
      birthDate: BIRTH_DATES[0]!,
      role: 'adult',
      guardianIds: [],
    };
    // @ts-expect-error a personal record is not a settlement
    assert.throws(() => summarizeSettlement(record));
    // @ts-expect-error a settlement member carrying a name does not type-check either
    summarizeSettlement({ ...familySettlement(), members: [{ ...familySettlement().members[0]!, fullName: NAMES[0]! }] });
  });

  it('should render Norwegian facts when summarised for a card', () => {
    assert.deepEqual(summaryFacts(summarizeSettlement(familySettlement())), [
      { title: 'Ankomst', value: '15.03.2027' },
      { title: 'Husstand', value: '2 voksne, 4 barn' },
      { title: 'Aldersgrupper', value: 'Under 1 år: 1, 1–5 år: 1, 6–15 år: 1, 16–17 år: 1, 18 år eller eldre: 2' },
      { title: 'Kjente behov', value: 'Behov for helseoppfølging (1), Behov for spesialpedagogisk tilrettelegging (1)' },
      { title: 'Tolk', value: 'Arabisk, Kurdisk (sorani)' },
    ]);
  });
});
