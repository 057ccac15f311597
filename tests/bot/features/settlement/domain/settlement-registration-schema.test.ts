import assert from 'node:assert/strict';
import {
  MAX_NOTE_LENGTH,
  parseSettlementRegistration,
  type RegistrationSchemaOptions,
} from '../../../../../bot/src/features/settlement/domain/settlement-registration-schema.js';
import { validationIssuesOf } from '../../../../../bot/src/kernel/validation.js';
import { expectInvalid } from './expect-invalid.js';
import { ID, NAMES, TODAY, familyRegistration } from './fixtures.js';

const options: RegistrationSchemaOptions = { today: TODAY };

/** A registration as plain JSON, as the tab would send it: loosely typed so tests can forge fields. */
type RegistrationInput = Record<string, unknown> & { members: Array<Record<string, unknown>> };

/** The family registration as plain JSON. */
const input = (): RegistrationInput => JSON.parse(JSON.stringify(familyRegistration())) as RegistrationInput;

const withMember = (index: number, change: Record<string, unknown>): RegistrationInput => {
  const value = input();
  value.members[index] = { ...value.members[index], ...change };
  return value;
};

describe('settlement-registration-schema', () => {
  it('should accept the family registration when it is valid', () => {
    assert.deepEqual(parseSettlementRegistration(input(), options), familyRegistration());
  });

  it('should trim text, drop blank optionals and default missing needs when parsing', () => {
    const value = input();
    value.members[0].fullName = `  ${NAMES[0]}  `;
    value.members[1].needs = undefined;
    value.addressArea = '   ';
    value.note = '';
    value.members[2].needs = { interpreterLanguage: '' };
    const parsed = parseSettlementRegistration(value, options);
    assert.equal(parsed.members[0]?.fullName, NAMES[0]);
    assert.deepEqual(parsed.members[1]?.needs, { healthFollowUp: false, adaptedHousing: false, specialSupport: false });
    assert.equal(parsed.members[2]?.needs.interpreterLanguage, undefined);
    assert.equal(parsed.addressArea, undefined);
    assert.equal(parsed.note, undefined);
  });

  it('should refuse an arrival date more than a year back when today is given', () => {
    expectInvalid(
      () => parseSettlementRegistration({ ...input(), expectedArrivalDate: '2026-01-09' }, options),
      'Ankomstdato kan ikke være mer enn 1 år tilbake i tid',
    );
    assert.ok(parseSettlementRegistration({ ...input(), expectedArrivalDate: '2026-01-10', members: [input().members[0]] }, options));
  });

  it('should refuse an arrival date more than two years ahead when today is given', () => {
    expectInvalid(
      () => parseSettlementRegistration({ ...input(), expectedArrivalDate: '2029-01-11' }, options),
      'Ankomstdato kan ikke være mer enn 2 år frem i tid',
    );
  });

  it('should use the configured window when the options change it', () => {
    expectInvalid(
      () => parseSettlementRegistration({ ...input(), expectedArrivalDate: '2026-12-01' }, { today: TODAY, maxYearsBack: 0 }),
      'Ankomstdato kan ikke være mer enn 0 år tilbake i tid',
    );
  });

  it('should refuse a malformed arrival date when parsing', () => {
    expectInvalid(
      () => parseSettlementRegistration({ ...input(), expectedArrivalDate: '15.03.2027' }, options),
      'Ankomstdato må være en gyldig dato (ÅÅÅÅ-MM-DD)',
    );
  });

  it('should refuse an empty household when parsing', () => {
    expectInvalid(() => parseSettlementRegistration({ ...input(), members: [] }, options), 'Husstanden må ha minst én person');
  });

  it('should refuse a blank name when parsing', () => {
    expectInvalid(() => parseSettlementRegistration(withMember(0, { fullName: '   ' }), options), 'Navnet må fylles ut');
  });

  it('should refuse a malformed birth date with its own message when parsing', () => {
    expectInvalid(
      () => parseSettlementRegistration(withMember(0, { birthDate: '02.04.1985' }), options),
      'Fødselsdato må være en gyldig dato (ÅÅÅÅ-MM-DD)',
    );
  });

  it('should refuse a birth date more than 120 years before arrival when parsing', () => {
    expectInvalid(
      () => parseSettlementRegistration(withMember(0, { birthDate: '1906-03-14' }), options),
      'Fødselsdato er urimelig langt tilbake i tid',
    );
  });

  it('should refuse a birth date in the future when parsing', () => {
    expectInvalid(
      () =>
        parseSettlementRegistration({ ...withMember(2, { birthDate: '2027-02-01' }), expectedArrivalDate: '2027-03-15' }, { today: TODAY }),
      'Fødselsdato kan ikke være i fremtiden',
    );
  });

  it('should refuse a birth date after the arrival date when the arrival is in the past', () => {
    expectInvalid(
      () => parseSettlementRegistration({ ...withMember(2, { birthDate: '2026-12-24' }), expectedArrivalDate: '2026-12-01' }, options),
      'Fødselsdato kan ikke være etter ankomstdato',
    );
  });

  it('should refuse a role that does not match the age at arrival', () => {
    expectInvalid(() => parseSettlementRegistration(withMember(5, { birthDate: '2009-03-15' }), options), 'må registreres som voksne');
    expectInvalid(() => parseSettlementRegistration(withMember(1, { birthDate: '2009-03-16' }), options), 'må registreres som barn');
  });

  it('should refuse guardian links that do not point at an adult in the household', () => {
    expectInvalid(
      () => parseSettlementRegistration(withMember(2, { guardianIds: ['99999999-9999-4999-8999-999999999999'] }), options),
      'Foresatte må være en person i husstanden',
    );
    expectInvalid(
      () => parseSettlementRegistration(withMember(2, { guardianIds: [ID.teen] }), options),
      'Foresatte må være en voksen i husstanden',
    );
    expectInvalid(() => parseSettlementRegistration(withMember(0, { guardianIds: [ID.father] }), options), 'Bare barn kan ha foresatte');
    expectInvalid(
      () => parseSettlementRegistration(withMember(2, { guardianIds: [ID.mother, ID.mother] }), options),
      'Samme foresatte er oppgitt flere ganger',
    );
  });

  it('should refuse a person id used twice when parsing', () => {
    expectInvalid(
      () => parseSettlementRegistration(withMember(1, { personId: ID.mother }), options),
      'Samme person-ID er brukt for flere personer',
    );
  });

  it('should refuse a person id that is not a UUID when parsing', () => {
    expectInvalid(() => parseSettlementRegistration(withMember(1, { personId: 'bashir-provesen' }), options), 'Person-ID må være en UUID');
  });

  it('should refuse an oversized note when parsing', () => {
    expectInvalid(
      () => parseSettlementRegistration({ ...input(), note: 'x'.repeat(MAX_NOTE_LENGTH + 1) }, options),
      `Merknaden kan være høyst ${MAX_NOTE_LENGTH} tegn`,
    );
    assert.ok(parseSettlementRegistration({ ...input(), note: 'x'.repeat(MAX_NOTE_LENGTH) }, options));
  });

  it('should refuse a 201- or 558-character name with the limit in the message instead of cutting it', () => {
    for (const length of [201, 558]) {
      expectInvalid(
        () => parseSettlementRegistration(withMember(0, { fullName: 'x'.repeat(length) }), options),
        'Navnet kan være høyst 200 tegn',
      );
    }
    assert.equal(parseSettlementRegistration(withMember(0, { fullName: 'x'.repeat(200) }), options).members[0]?.fullName.length, 200);
  });

  it('should refuse a control character or bidi override in every free-text field, naming the field', () => {
    const hidden = 'kan ikke inneholde kontrolltegn eller usynlige retningstegn';
    for (const character of ['\u0000', '\u001B', '\u202E', '\u2066', '\uFEFF', '\uD800', '\u0085']) {
      expectInvalid(() => parseSettlementRegistration(withMember(0, { fullName: `Ola${character}` }), options), `Navnet ${hidden}`);
      expectInvalid(() => parseSettlementRegistration({ ...input(), addressArea: `Sentrum${character}` }, options), `Boområde ${hidden}`);
      expectInvalid(() => parseSettlementRegistration({ ...input(), note: `Merk${character}` }, options), `Merknaden ${hidden}`);
      expectInvalid(
        () => parseSettlementRegistration(withMember(0, { needs: { interpreterLanguage: `Arabisk${character}` } }), options),
        `Tolkespråk ${hidden}`,
      );
    }
  });

  it('should keep a newline in the note but refuse one in the name or the address area', () => {
    assert.equal(parseSettlementRegistration({ ...input(), note: 'Første linje\nandre linje' }, options).note, 'Første linje\nandre linje');
    expectInvalid(
      () => parseSettlementRegistration(withMember(0, { fullName: 'Ola\nNordmann' }), options),
      'Navnet kan ikke inneholde linjeskift',
    );
    expectInvalid(
      () => parseSettlementRegistration({ ...input(), addressArea: 'Sentrum\nøst' }, options),
      'Boområde kan ikke inneholde linjeskift',
    );
  });

  it('should store a name in NFC so the same name typed two ways is the same text', () => {
    assert.equal(parseSettlementRegistration(withMember(0, { fullName: 'Zoe\u0308' }), options).members[0]?.fullName, 'Zo\u00EB');
  });

  it('should refuse a street address in the address area when parsing', () => {
    expectInvalid(
      () => parseSettlementRegistration({ ...input(), addressArea: 'Storgata 5' }, options),
      'Oppgi bare område eller bydel, ikke gateadresse',
    );
  });

  it('should refuse wrong-typed fields with Norwegian messages when the input is forged', () => {
    expectInvalid(() => parseSettlementRegistration('hei', options), 'Registreringen må være et objekt');
    expectInvalid(() => parseSettlementRegistration(withMember(0, { role: 'forelder' }), options), 'Rolle må være voksen eller barn');
    expectInvalid(
      () => parseSettlementRegistration(withMember(0, { needs: { healthFollowUp: 'ja' } }), options),
      'Helseoppfølging må være ja eller nei',
    );
    expectInvalid(
      () => parseSettlementRegistration(withMember(0, { needs: { interpreterLanguage: 'Arabisk 2' } }), options),
      'Tolkespråk kan bare inneholde',
    );
    expectInvalid(() => parseSettlementRegistration({ ...input(), members: 'alle' }, options), 'Husstanden må være en liste over personer');
  });

  it('should never repeat an entered name or birth date in its messages when refusing', () => {
    const value = withMember(0, { birthDate: '2030-01-01', guardianIds: [ID.father] });
    value.members[1].fullName = 'x'.repeat(201);
    try {
      parseSettlementRegistration(value, options);
      assert.fail('expected a refusal');
    } catch (error) {
      const text = JSON.stringify(validationIssuesOf(error)) + String((error as Error).message);
      assert.ok(!text.includes(NAMES[0]!) && !text.includes('2030-01-01') && !text.includes('xxxxx'));
      assert.deepEqual(
        validationIssuesOf(error).map((issue) => issue.path),
        ['members.1.fullName'],
      );
    }
  });

  it('should report each field issue with its path when several fields are wrong', () => {
    const value = withMember(0, { birthDate: '2030-01-01', guardianIds: [ID.father] });
    try {
      parseSettlementRegistration(value, options);
      assert.fail('expected a refusal');
    } catch (error) {
      assert.deepEqual(validationIssuesOf(error), [
        { path: 'members.0.birthDate', message: 'Fødselsdato kan ikke være i fremtiden' },
        { path: 'members.0.guardianIds', message: 'Bare barn kan ha foresatte' },
      ]);
    }
  });
});
