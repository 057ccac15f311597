import assert from 'node:assert/strict';
import { parseCardResponse, parseSessionConfig } from '../../../tab/src/platform/api-types.js';

describe('api-types', () => {
  describe('parseSessionConfig', () => {
    it('should accept both modes when the config is well-formed, keeping only the fields of the mode', () => {
      assert.deepEqual(parseSessionConfig({ mode: 'sso', tenantId: 't1' }), { mode: 'sso' });
      assert.deepEqual(parseSessionConfig({ mode: 'dev', tenantId: 't1', extra: true }), { mode: 'dev', tenantId: 't1' });
    });

    it('should accept the unconfigured mode when it carries a message', () => {
      assert.deepEqual(parseSessionConfig({ mode: 'unconfigured', message: 'Innlogging er ikke satt opp.' }), {
        mode: 'unconfigured',
        message: 'Innlogging er ikke satt opp.',
      });
    });

    it('should throw invalid-response when the mode is unknown or fields are missing', () => {
      for (const body of [{ mode: 'none', tenantId: 't' }, { mode: 'dev' }, { mode: 'unconfigured' }, null, 'dev', undefined]) {
        assert.throws(() => parseSessionConfig(body), { name: 'ApiError', code: 'invalid-response' });
      }
    });
  });

  describe('parseCardResponse', () => {
    it('should return the card when the body holds a card object', () => {
      const card = { type: 'AdaptiveCard', version: '1.5', body: [] };
      assert.deepEqual(parseCardResponse({ card }), { card });
    });

    it('should throw invalid-response when the card is missing, not an object or no Adaptive Card', () => {
      const notCards = [
        { type: 'Message', version: '1.5', body: [] },
        { type: 'AdaptiveCard', body: [] },
        { type: 'AdaptiveCard', version: '1.5' },
      ];
      for (const body of [{}, { card: [] }, { card: 'x' }, null, ...notCards.map((card) => ({ card }))]) {
        assert.throws(() => parseCardResponse(body), { name: 'ApiError', code: 'invalid-response' });
      }
    });
  });
});
