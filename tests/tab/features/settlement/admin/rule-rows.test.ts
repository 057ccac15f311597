import assert from 'node:assert/strict';
import {
  checkRuleRows,
  describeRule,
  newRuleRow,
  rowsFromRules,
  rulesFromRows,
} from '../../../../../tab/src/features/settlement/admin/rule-rows.js';
import type { AffectedUnitRule } from '../../../../../contract/admin.js';

const DEFAULTS: AffectedUnitRule[] = [
  { unitId: 'helsetjeneste', appliesTo: 'everyone' },
  { unitId: 'barnehage', appliesTo: { role: 'child', minAge: 1, maxAge: 5 }, includeGuardians: true },
  { unitId: 'voi', appliesTo: { role: 'adult' } },
  { unitId: 'helsestasjon', appliesTo: { maxAge: 0 } },
];
const UNITS = ['helsetjeneste', 'barnehage', 'voi', 'helsestasjon'];

describe('rule-rows', () => {
  it('should turn stored rules into form rows and back without change', () => {
    const rows = rowsFromRules(DEFAULTS);
    assert.deepEqual(rows[1], { unitId: 'barnehage', scope: 'child', minAge: '1', maxAge: '5', includeGuardians: true });
    assert.equal(rows[3]?.scope, 'any');
    assert.deepEqual(rulesFromRows(rows), DEFAULTS);
  });

  it('should save "anyone within the limits" without limits as everyone', () => {
    assert.deepEqual(rulesFromRows([{ unitId: 'voi', scope: 'any', minAge: '', maxAge: '', includeGuardians: false }]), [
      { unitId: 'voi', appliesTo: 'everyone' },
    ]);
  });

  it('should ignore age limits when the rule applies to everyone', () => {
    assert.deepEqual(rulesFromRows([{ unitId: 'voi', scope: 'everyone', minAge: '6', maxAge: '15', includeGuardians: false }]), [
      { unitId: 'voi', appliesTo: 'everyone' },
    ]);
    assert.deepEqual(checkRuleRows([{ unitId: 'voi', scope: 'everyone', minAge: '3', maxAge: '', includeGuardians: false }], UNITS), []);
  });

  it('should find nothing wrong with the defaults', () => {
    assert.deepEqual(checkRuleRows(rowsFromRules(DEFAULTS), UNITS), []);
  });

  it('should refuse an unknown unit, limits off the age bands and a range that can never match', () => {
    const fields = (row: Parameters<typeof checkRuleRows>[0][number]) => checkRuleRows([row], UNITS).map((e) => e.field);
    const base = newRuleRow('barnehage');
    assert.deepEqual(fields({ ...base, unitId: 'ukjent' }), ['rule-1-unit']);
    assert.deepEqual(fields({ ...base, minAge: '3' }), ['rule-1-min-age']);
    assert.deepEqual(fields({ ...base, minAge: '6', maxAge: '5' }), ['rule-1-max-age']);
    assert.deepEqual(fields({ ...base, scope: 'child', minAge: '18' }), ['rule-1-scope']);
    assert.deepEqual(fields({ ...base, scope: 'adult', maxAge: '17' }), ['rule-1-scope']);
  });

  it('should describe a rule in words', () => {
    const [everyone, kindergarten, adults] = rowsFromRules(DEFAULTS);
    assert.equal(describeRule(everyone!), 'Alle i husstanden');
    assert.equal(describeRule(kindergarten!), 'Barn 1–5 år, med foresatte');
    assert.equal(describeRule(adults!), 'Voksne');
    assert.equal(describeRule({ ...adults!, scope: 'any', minAge: '16' }), 'Alle innenfor aldersgrensene 16 år og eldre');
  });
});
