import assert from 'node:assert/strict';
import { parseAffectedUnitRules } from '../../../../../bot/src/features/settlement/domain/affected-unit-rules-schema.js';
import { DEFAULT_AFFECTED_UNIT_RULES } from '../../../../../bot/src/features/settlement/domain/affected-unit-rules.js';
import { DEFAULT_UNITS } from '../../../../../bot/src/kernel/units/unit.js';
import { expectInvalid } from './expect-invalid.js';

const knownUnitIds = DEFAULT_UNITS.map((unit) => unit.id);

describe('affected-unit-rules-schema', () => {
  it('should accept the default rules when an admin saves them unchanged', () => {
    assert.deepEqual(parseAffectedUnitRules(DEFAULT_AFFECTED_UNIT_RULES, { knownUnitIds }), DEFAULT_AFFECTED_UNIT_RULES);
  });

  it('should refuse a rule for an unknown unit when the tenant units are given', () => {
    expectInvalid(() => parseAffectedUnitRules([{ unitId: 'tannhelse', appliesTo: 'everyone' }], { knownUnitIds }), 'Enheten finnes ikke');
  });

  it('should refuse ages that do not follow the age bands when an admin sets them', () => {
    expectInvalid(() => parseAffectedUnitRules([{ unitId: 'nav', appliesTo: { minAge: 3 } }]), 'Fra-alder må være en av 0, 1, 6, 16, 18');
    expectInvalid(() => parseAffectedUnitRules([{ unitId: 'nav', appliesTo: { maxAge: 10 } }]), 'Til-alder må være en av 0, 5, 15, 17');
  });

  it('should refuse a range whose upper age is below the lower when an admin sets them', () => {
    expectInvalid(
      () => parseAffectedUnitRules([{ unitId: 'nav', appliesTo: { minAge: 6, maxAge: 5 } }]),
      'Til-alder kan ikke være lavere enn fra-alder',
    );
  });

  it('should refuse a rule that can never match when role and ages contradict', () => {
    expectInvalid(
      () => parseAffectedUnitRules([{ unitId: 'nav', appliesTo: { role: 'child', minAge: 18 } }]),
      'Rollen og aldersgrensene utelukker hverandre',
    );
  });

  it('should refuse wrong-typed fields with Norwegian messages when the input is forged', () => {
    expectInvalid(() => parseAffectedUnitRules([{ unitId: 'nav', appliesTo: 'alle' }]), 'Gjelder må være «alle» eller en rolle');
    expectInvalid(() => parseAffectedUnitRules([{ unitId: 'nav', appliesTo: { role: 'elev' } }]), 'Rolle må være voksen eller barn');
    expectInvalid(() => parseAffectedUnitRules([{ unitId: 'nav', appliesTo: { minAge: 1.5 } }]), 'Alder må være et helt tall');
    expectInvalid(
      () => parseAffectedUnitRules([{ unitId: 'NAV kontor', appliesTo: 'everyone' }]),
      'Enhet kan bare inneholde små bokstaver',
    );
    expectInvalid(() => parseAffectedUnitRules({ rules: [] }), 'Reglene må være en liste');
  });
});
