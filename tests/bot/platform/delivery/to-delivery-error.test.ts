import assert from 'node:assert/strict';
import { DeliveryError } from '../../../../bot/src/platform/delivery/delivery-error.js';
import { toDeliveryError } from '../../../../bot/src/platform/delivery/to-delivery-error.js';

const NOW = new Date('2026-11-24T10:00:00.000Z');

/** The shape of core-rest-pipeline's RestError (the real one is exercised in tests/integration/delivery). */
function restError(status: number, headers: Record<string, string> = {}): Error {
  const lowerCase = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  return Object.assign(new Error('the service text, which may echo content'), {
    name: 'RestError',
    code: 'BadArgument',
    statusCode: status,
    response: { status, headers: { get: (name: string) => lowerCase.get(name.toLowerCase()) } },
  });
}

describe('toDeliveryError', () => {
  it('should mark a 429 retryable with its Retry-After when the connector throttles', () => {
    const error = toDeliveryError(restError(429, { 'Retry-After': '3' }), NOW);
    assert.ok(error instanceof DeliveryError);
    assert.deepEqual([error.status, error.retryable, error.retryAfterMs, error.reason], [429, true, 3_000, 'http-429']);
  });
  it('should read an HTTP-date Retry-After when a 503 carries one', () => {
    const error = toDeliveryError(restError(503, { 'retry-after': 'Tue, 24 Nov 2026 10:01:00 GMT' }), NOW);
    assert.deepEqual([error.retryable, error.retryAfterMs], [true, 60_000]);
  });
  it('should mark 5xx, 408 and 412 retryable when they have no Retry-After', () => {
    for (const status of [500, 502, 504, 408, 412]) {
      const error = toDeliveryError(restError(status), NOW);
      assert.deepEqual([error.status, error.retryable, error.retryAfterMs], [status, true, undefined]);
    }
  });
  it('should mark other 4xx final when the request itself is refused', () => {
    for (const status of [400, 401, 403, 404]) {
      assert.equal(toDeliveryError(restError(status), NOW).retryable, false);
    }
  });
  it('should mark network errors retryable with their code when there is no response', () => {
    const error = toDeliveryError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), NOW);
    assert.deepEqual([error.status, error.retryable, error.reason], [undefined, true, 'ECONNREFUSED']);
  });
  it('should call an abort a timeout when the request timed out', () => {
    const abort = Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' });
    assert.equal(toDeliveryError(abort, NOW).reason, 'timeout');
  });
  it('should never copy the service message when classifying', () => {
    const error = toDeliveryError(restError(400), NOW);
    assert.doesNotMatch(error.message, /service text/);
    assert.equal(error.code, 'delivery-failed');
  });
});
