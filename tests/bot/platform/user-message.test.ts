import assert from 'node:assert/strict';
import sinon from 'sinon';
import { DomainError, userError } from '../../../bot/src/kernel/domain-error.js';
import { ERROR_CATALOGUE } from '../../../bot/src/platform/http/error-catalogue.js';
import { cardActionError } from '../../../bot/src/platform/teams/card-action-error.js';
import { INTERNAL_ERROR_MESSAGE, userMessageFor } from '../../../bot/src/platform/user-message.js';
import { startAppHarness, type AppHarness } from '../../support/http/app-harness.js';

/** What the storage adapter and SDKs say: written for developers, in English. */
const developerText = 'Cosmos DB could not query settlements (status 400).';
const looksEnglish = /Cosmos|status \d|could not|validateAndFix|undefined|Error:/;

describe('userMessageFor (the edge owns what users read)', () => {
  it('should show the catalogue text, not the developer message, when a domain error has no user message', () => {
    for (const code of Object.keys(ERROR_CATALOGUE) as (keyof typeof ERROR_CATALOGUE)[]) {
      assert.equal(userMessageFor(new DomainError(code, developerText)), ERROR_CATALOGUE[code].message, code);
    }
  });

  it('should show the Norwegian user message when the domain wrote one for the user', () => {
    assert.equal(userMessageFor(userError('conflict', 'Oppgaven er allerede tatt av Kari')), 'Oppgaven er allerede tatt av Kari');
  });

  it('should show the internal message when the error is not a domain error', () => {
    assert.equal(userMessageFor(new TypeError("Cannot read properties of undefined (reading 'x')")), INTERNAL_ERROR_MESSAGE);
  });

  it('should never put developer text in a card error whatever the code', () => {
    for (const code of Object.keys(ERROR_CATALOGUE) as (keyof typeof ERROR_CATALOGUE)[]) {
      const response = cardActionError(new DomainError(code, developerText));
      const message = (response.value as unknown as { message: string }).message;
      assert.doesNotMatch(message, looksEnglish, code);
    }
  });
});

describe('API error bodies from storage failures (embedded Cosmos DB)', () => {
  let harness: AppHarness;
  let token: string;
  before(async () => {
    harness = await startAppHarness();
    token = await harness.devToken('00000000-0000-4000-8000-000000000002');
  });
  after(async () => harness.close());
  afterEach(() => sinon.restore());

  for (const code of ['invalid-input', 'conflict', 'storage-unavailable', 'not-found'] as const) {
    it(`should answer in Norwegian without the storage text when the settlement list fails with ${code}`, async () => {
      sinon.stub(harness.repositories.settlements, 'listPage').rejects(new DomainError(code, developerText));
      const response = await fetch(`${harness.baseUrl}/api/settlements`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as { error: { code: string; message: string } };
      assert.equal(response.status, ERROR_CATALOGUE[code].status);
      assert.deepEqual(body.error, { code, message: ERROR_CATALOGUE[code].message });
      assert.doesNotMatch(JSON.stringify(body), looksEnglish);
    });
  }

  it('should answer the internal Norwegian message when the list fails with an SDK error', async () => {
    sinon.stub(harness.repositories.settlements, 'listPage').rejects(new Error('validateAndFixActivity(): missing activity type'));
    const response = await fetch(`${harness.baseUrl}/api/settlements`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(response.status, 500);
    assert.deepEqual(await response.json(), { error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } });
  });
});
