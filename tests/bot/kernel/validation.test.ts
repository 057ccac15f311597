import assert from 'node:assert/strict';
import { z } from 'zod';
import { DomainError } from '../../../bot/src/kernel/domain-error.js';
import { parseInput, validationIssuesOf } from '../../../bot/src/kernel/validation.js';
import { expectInvalid } from '../features/settlement/domain/expect-invalid.js';

describe('validation', () => {
  const schema = z.object({ name: z.string(), count: z.number().max(3), kind: z.enum(['a', 'b']) });

  it('should return the parsed value when the input is valid', () => {
    assert.deepEqual(parseInput(schema, { name: 'x', count: 1, kind: 'a' }), { name: 'x', count: 1, kind: 'a' });
  });

  it('should word unworded issues in Norwegian without echoing the input when parsing fails', () => {
    try {
      parseInput(schema, { count: 9, kind: 'hemmelig-verdi' });
      assert.fail('expected a refusal');
    } catch (error) {
      assert.deepEqual(validationIssuesOf(error), [
        { path: 'name', message: 'Feltet må fylles ut' },
        { path: 'count', message: 'Verdien er for lang eller for stor' },
        { path: 'kind', message: 'Verdien er ikke et av de tillatte valgene' },
      ]);
      assert.ok(!String((error as Error).message).includes('hemmelig-verdi'));
    }
  });

  it('should throw invalid-input whose message joins the distinct messages when parsing fails', () => {
    expectInvalid(() => parseInput(schema, { name: 1, count: 1, kind: 'a' }), 'Feltet har feil type verdi');
  });

  it('should give no issues when the error did not come from parseInput', () => {
    assert.deepEqual(validationIssuesOf(new DomainError('conflict', 'x')), []);
    assert.deepEqual(validationIssuesOf(new Error('x')), []);
  });
});
