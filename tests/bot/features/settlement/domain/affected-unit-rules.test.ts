import assert from 'node:assert/strict';
import {
  DEFAULT_AFFECTED_UNIT_RULES,
  affectedUnits,
  type AffectedUnitRule,
} from '../../../../../bot/src/features/settlement/domain/affected-unit-rules.js';
import { ID, familySettlement, settlementOfOne } from './fixtures.js';

const unitsOf = (years: number, days = 0): readonly string[] => settlementOfOne(years, days).affectedUnitIds;

describe('affected-unit-rules', () => {
  describe('default rules', () => {
    it('should give bosetting and helsetjeneste only when the child is under 1 at arrival', () => {
      assert.deepEqual(unitsOf(0), ['bosetting', 'helsetjeneste']);
    });

    it('should give barnehage when the child turns 1 on the arrival day', () => {
      assert.deepEqual(unitsOf(1), ['bosetting', 'helsetjeneste', 'barnehage']);
    });

    it('should not give barnehage when the child turns 1 the day after arrival', () => {
      assert.deepEqual(unitsOf(1, 1), ['bosetting', 'helsetjeneste']);
    });

    it('should give barnehage when the child is 5 at arrival', () => {
      assert.deepEqual(unitsOf(5), ['bosetting', 'helsetjeneste', 'barnehage']);
      assert.deepEqual(unitsOf(6, 1), ['bosetting', 'helsetjeneste', 'barnehage']);
    });

    it('should give grunnskole and not barnehage when the child is 6 at arrival', () => {
      assert.deepEqual(unitsOf(6), ['bosetting', 'helsetjeneste', 'grunnskole']);
    });

    it('should give grunnskole when the child is 15 at arrival', () => {
      assert.deepEqual(unitsOf(15), ['bosetting', 'helsetjeneste', 'grunnskole']);
    });

    it('should give neither school nor adult units when the child is 16 or 17 at arrival', () => {
      assert.deepEqual(unitsOf(16), ['bosetting', 'helsetjeneste']);
      assert.deepEqual(unitsOf(17), ['bosetting', 'helsetjeneste']);
    });

    it('should give voi and nav when the member is an adult of 18', () => {
      assert.deepEqual(unitsOf(18), ['bosetting', 'helsetjeneste', 'voi', 'nav']);
    });

    it('should show barnehage the 1–5-year-old and the guardians when the family arrives', () => {
      const barnehage = familySettlement().affectedUnits.find((unit) => unit.unitId === 'barnehage');
      assert.deepEqual(barnehage?.personIds, [ID.mother, ID.father, ID.toddler]);
    });

    it('should show grunnskole only the pupil and the guardian linked to that pupil when the family arrives', () => {
      const grunnskole = familySettlement().affectedUnits.find((unit) => unit.unitId === 'grunnskole');
      assert.deepEqual(grunnskole?.personIds, [ID.mother, ID.pupil]);
    });

    it('should show voi and nav the adults only when the family arrives', () => {
      const units = familySettlement().affectedUnits;
      assert.deepEqual(units.find((unit) => unit.unitId === 'voi')?.personIds, [ID.mother, ID.father]);
      assert.deepEqual(units.find((unit) => unit.unitId === 'nav')?.personIds, [ID.mother, ID.father]);
    });

    it('should show helsetjeneste and bosetting everyone when the family arrives', () => {
      const settlement = familySettlement();
      const everyone = settlement.members.map((member) => member.personId);
      assert.deepEqual(settlement.affectedUnits.find((unit) => unit.unitId === 'helsetjeneste')?.personIds, everyone);
      assert.deepEqual(settlement.affectedUnits.find((unit) => unit.unitId === 'bosetting')?.personIds, everyone);
      assert.deepEqual(settlement.affectedUnitIds, ['bosetting', 'helsetjeneste', 'barnehage', 'grunnskole', 'voi', 'nav']);
    });
  });

  describe('affectedUnits', () => {
    it('should merge the persons of several rules when they name the same unit', () => {
      const rules: AffectedUnitRule[] = [
        { unitId: 'x', appliesTo: { role: 'child', maxAge: 0 } },
        { unitId: 'x', appliesTo: { role: 'child', minAge: 16, maxAge: 17 } },
      ];
      assert.deepEqual(affectedUnits(rules, familySettlement()), [{ unitId: 'x', personIds: [ID.baby, ID.teen] }]);
    });

    it('should leave guardians out when the rule does not ask for them', () => {
      const rules: AffectedUnitRule[] = [{ unitId: 'x', appliesTo: { role: 'child', minAge: 1, maxAge: 5 } }];
      assert.deepEqual(affectedUnits(rules, familySettlement()), [{ unitId: 'x', personIds: [ID.toddler] }]);
    });

    it('should leave a unit out when no member matches its rules', () => {
      const rules: AffectedUnitRule[] = [{ unitId: 'x', appliesTo: { role: 'adult', minAge: 18, maxAge: 17 } }];
      assert.deepEqual(affectedUnits(rules, familySettlement()), []);
    });

    it('should match age ranges by whole bands when the rule spans several bands', () => {
      const rules: AffectedUnitRule[] = [{ unitId: 'x', appliesTo: { minAge: 1, maxAge: 17 } }];
      assert.deepEqual(affectedUnits(rules, familySettlement())[0]?.personIds, [ID.toddler, ID.pupil, ID.teen]);
    });

    it('should keep Bosetting on every settlement when the default rules are used', () => {
      assert.deepEqual(DEFAULT_AFFECTED_UNIT_RULES[0], { unitId: 'bosetting', appliesTo: 'everyone' });
    });
  });
});
