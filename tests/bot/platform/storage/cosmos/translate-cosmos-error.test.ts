import assert from 'node:assert/strict';
import { DomainError } from '../../../../../bot/src/kernel/domain-error.js';
import { translateCosmosError } from '../../../../../bot/src/platform/storage/cosmos/translate-cosmos-error.js';

function cosmosError(status: number, message = 'Entity with the specified id already exists: Kari Nordmann'): Error {
  return Object.assign(new Error(message), { code: status });
}

describe('translateCosmosError', () => {
  const cases: ReadonlyArray<[number, string]> = [
    [400, 'invalid-input'],
    [401, 'storage-unavailable'],
    [403, 'storage-unavailable'],
    [404, 'not-found'],
    [408, 'storage-unavailable'],
    [409, 'conflict'],
    [412, 'conflict'],
    [413, 'invalid-input'],
    [429, 'storage-unavailable'],
    [449, 'storage-unavailable'],
    [500, 'storage-unavailable'],
    [503, 'storage-unavailable'],
  ];
  for (const [status, code] of cases) {
    it(`should give ${code} and keep the cause when Cosmos answers ${status}`, () => {
      const error = cosmosError(status);
      const translated = translateCosmosError(error, 'read a user');
      assert.equal(translated.code, code);
      assert.equal(translated.cause, error);
    });
  }

  it('should read the status from statusCode when code is not a number', () => {
    assert.equal(translateCosmosError(Object.assign(new Error('x'), { code: 'Conflict', statusCode: 409 }), 'x').code, 'conflict');
  });

  it('should give storage-unavailable when the network fails, also when the code is on the cause', () => {
    for (const error of [
      Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('wrapped'), { cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }) }),
      Object.assign(new Error('timeout'), { name: 'TimeoutError' }),
    ]) {
      const translated = translateCosmosError(error, 'read a user');
      assert.equal(translated.code, 'storage-unavailable');
      assert.match(translated.message, /could not be reached/);
    }
  });

  it('should give storage-unavailable when the error is unknown', () => {
    assert.equal(translateCosmosError('boom', 'x').code, 'storage-unavailable');
  });

  it('should return a DomainError unchanged', () => {
    const error = new DomainError('invalid-input', 'x');
    assert.equal(translateCosmosError(error, 'x'), error);
  });

  it('should name the operation and status but never repeat the service message', () => {
    const translated = translateCosmosError(cosmosError(409), 'create a user');
    assert.equal(translated.message, 'Cosmos DB could not create a user (status 409).');
    assert.doesNotMatch(translated.message, /Kari/);
  });
});
