import assert from 'node:assert/strict';
import { DEFAULT_AFFECTED_UNIT_RULES } from '../../../../../bot/src/features/settlement/domain/affected-unit-rules.js';
import { splitRegistration, type SplitOptions } from '../../../../../bot/src/features/settlement/domain/split-registration.js';
import { expectInvalid } from './expect-invalid.js';
import { ARRIVAL, BIRTH_DATES, COORDINATOR, ID, NAMES, TENANT, familyRegistration } from './fixtures.js';

const options: SplitOptions = { settlementId: 's-1', tenantId: TENANT, createdBy: COORDINATOR, createdAt: '2027-01-10T09:00:00.000Z' };

describe('split-registration', () => {
  const split = () => splitRegistration(familyRegistration(), DEFAULT_AFFECTED_UNIT_RULES, options);

  it('should keep every name and birth date out of the settlement document when it is serialised', () => {
    const json = JSON.stringify(split().settlement);
    for (const secret of [...NAMES, ...BIRTH_DATES, ...NAMES.flatMap((name) => name.split(' '))]) {
      assert.ok(!json.includes(secret), `settlement document contains "${secret}"`);
    }
  });

  it('should keep the free-text note out of the settlement document when there is one', () => {
    const { settlement, note } = split();
    assert.ok(!JSON.stringify(settlement).includes('kvinnelig tolk'));
    assert.deepEqual(note, {
      type: 'settlement-note',
      id: 's-1:note',
      settlementId: 's-1',
      tenantId: TENANT,
      text: 'Aminata Testdottir ønsker kvinnelig tolk.',
    });
  });

  it('should leave the note out when the registration has none', () => {
    assert.equal('note' in splitRegistration({ ...familyRegistration(), note: '  ' }, DEFAULT_AFFECTED_UNIT_RULES, options), false);
  });

  it('should build an open version-1 settlement with counts, bands and needs when split', () => {
    const { settlement } = split();
    assert.equal(settlement.type, 'settlement');
    assert.equal(settlement.id, 's-1');
    assert.equal(settlement.tenantId, TENANT);
    assert.equal(settlement.status, 'open');
    assert.equal(settlement.version, 1);
    assert.equal(settlement.arrivalDate, ARRIVAL);
    assert.equal(settlement.addressArea, 'Sentrum');
    assert.equal(settlement.createdBy, COORDINATOR);
    assert.equal(settlement.adultCount, 2);
    assert.equal(settlement.childCount, 4);
    assert.deepEqual(
      settlement.members.map((member) => member.ageBand),
      ['18+', '18+', '0', '1-5', '6-15', '16-17'],
    );
    assert.deepEqual(settlement.members[0], {
      personId: ID.mother,
      role: 'adult',
      ageBand: '18+',
      guardianIds: [],
      needs: { healthFollowUp: true, adaptedHousing: false, specialSupport: false, interpreterLanguage: 'Arabisk' },
    });
  });

  it('should compute ages at the arrival date when a child has a birthday between today and arrival', () => {
    const registration = familyRegistration();
    // Born 2021-03-15: 5 years old today (1–5), 6 on the arrival day (6–15).
    const members = registration.members.map((member) =>
      member.personId === ID.toddler ? { ...member, birthDate: '2021-03-15' } : member,
    );
    const { settlement } = splitRegistration({ ...registration, members }, DEFAULT_AFFECTED_UNIT_RULES, options);
    assert.equal(settlement.members.find((member) => member.personId === ID.toddler)?.ageBand, '6-15');
  });

  it('should put names, birth dates and guardian links in one personal record per member when split', () => {
    const { personalRecords } = split();
    assert.equal(personalRecords.length, 6);
    assert.deepEqual(personalRecords[2], {
      type: 'personal-record',
      id: `s-1:${ID.baby}`,
      personId: ID.baby,
      settlementId: 's-1',
      tenantId: TENANT,
      fullName: NAMES[2],
      birthDate: BIRTH_DATES[2],
      role: 'child',
      guardianIds: [ID.mother, ID.father],
    });
  });

  it('should leave the address area out when none is given', () => {
    const { settlement } = splitRegistration({ ...familyRegistration(), addressArea: undefined }, DEFAULT_AFFECTED_UNIT_RULES, options);
    assert.equal('addressArea' in settlement, false);
  });

  it('should refuse an empty household when split', () => {
    expectInvalid(
      () => splitRegistration({ expectedArrivalDate: ARRIVAL, members: [] }, DEFAULT_AFFECTED_UNIT_RULES, options),
      'Husstanden må ha minst én person',
    );
  });
});
