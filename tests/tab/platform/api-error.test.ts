import assert from 'node:assert/strict';
import { ApiError, apiErrorFromResponse, invalidResponseError, networkError, userMessageFor } from '../../../tab/src/platform/api-error.js';

describe('api-error', () => {
  describe('apiErrorFromResponse', () => {
    it('should use the server code and Norwegian message when the body has them', () => {
      const error = apiErrorFromResponse(403, { error: { code: 'forbidden', message: 'Du har ikke tilgang til denne enheten.' } });
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 403);
      assert.equal(error.code, 'forbidden');
      assert.equal(error.message, 'Du har ikke tilgang til denne enheten.');
    });

    it('should fall back to a message for the status when the body has none', () => {
      assert.equal(apiErrorFromResponse(404, undefined).message, 'Fant ikke det du ba om.');
      assert.equal(apiErrorFromResponse(404, undefined).code, 'not-found');
      assert.equal(apiErrorFromResponse(401, 'Unauthorized').code, 'unauthenticated');
      assert.equal(apiErrorFromResponse(409, { error: {} }).code, 'conflict');
    });

    it('should use the server error message for 5xx when the body has none', () => {
      const error = apiErrorFromResponse(503, null);
      assert.equal(error.code, 'server-error');
      assert.match(error.message, /Prøv igjen senere/);
    });

    it('should use a generic message when the status is unusual and the body is empty', () => {
      assert.equal(apiErrorFromResponse(418, undefined).message, 'Noe gikk galt. Prøv igjen.');
    });

    it('should keep the server code but replace the message when the message is blank or huge', () => {
      const blank = apiErrorFromResponse(400, { error: { code: 'invalid-input', message: '   ' } });
      assert.equal(blank.code, 'invalid-input');
      assert.equal(blank.message, 'Forespørselen var ugyldig.');
      const huge = apiErrorFromResponse(400, { error: { code: 'invalid-input', message: 'x'.repeat(501) } });
      assert.equal(huge.message, 'Forespørselen var ugyldig.');
    });

    it('should ignore a non-string code or message when the body is malformed', () => {
      const error = apiErrorFromResponse(403, { error: { code: 42, message: ['nei'] } });
      assert.equal(error.code, 'forbidden');
      assert.equal(error.message, 'Du har ikke tilgang til dette.');
    });
  });

  describe('networkError', () => {
    it('should have status 0 and keep the cause when the server cannot be reached', () => {
      const cause = new TypeError('Failed to fetch');
      const error = networkError(cause);
      assert.equal(error.status, 0);
      assert.equal(error.code, 'network');
      assert.equal(error.cause, cause);
      assert.match(error.message, /Får ikke kontakt/);
    });
  });

  describe('userMessageFor', () => {
    it('should return the API message when given an ApiError', () => {
      assert.equal(userMessageFor(invalidResponseError(200)), 'Introteam svarte med noe fanen ikke forstår. Prøv igjen senere.');
    });

    it('should return a generic Norwegian message when given anything else', () => {
      assert.equal(userMessageFor(new Error('TypeError: x is undefined')), 'Noe gikk galt. Prøv igjen.');
      assert.equal(userMessageFor('boom'), 'Noe gikk galt. Prøv igjen.');
    });
  });
});
