import assert from 'node:assert/strict';
import { describeBotRequestFailure, errorFacts } from '../../../../bot/src/platform/teams/bot-request-failure.js';

const withFields = (name: string, fields: Record<string, unknown>): Error => Object.assign(new Error('intern tekst'), { name, ...fields });

describe('describeBotRequestFailure', () => {
  it('should answer 503 when the OpenID metadata cannot be fetched', () => {
    for (const error of [
      withFields('FetchError', { type: 'system', code: 'ENOTFOUND' }),
      withFields('Error', { code: 'ECONNREFUSED' }),
      withFields('Error', { statusCode: 500 }),
    ]) {
      assert.equal(describeBotRequestFailure(error).status, 503, error.name);
    }
  });

  it('should answer 401 when the token is missing or bad', () => {
    for (const error of [
      withFields('Error', { statusCode: 401 }),
      withFields('Error', { statusCode: 400 }),
      withFields('JsonWebTokenError', {}),
    ]) {
      assert.equal(describeBotRequestFailure(error).status, 401, error.name);
    }
  });

  it('should answer 500 with a generic Norwegian message when the error is unknown', () => {
    const failure = describeBotRequestFailure(new TypeError('x is undefined'));
    assert.equal(failure.status, 500);
    assert.equal(failure.message, 'Meldingen kunne ikke behandles.');
  });

  it('should keep only the name, code and status code for the log', () => {
    assert.deepEqual(errorFacts(withFields('FetchError', { code: 'ENOTFOUND', statusCode: 500 })), {
      name: 'FetchError',
      code: 'ENOTFOUND',
      statusCode: 500,
    });
    assert.deepEqual(errorFacts('tekst'), {});
  });
});
