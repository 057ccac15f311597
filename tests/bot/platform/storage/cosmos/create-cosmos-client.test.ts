import assert from 'node:assert/strict';
import { CosmosClient } from '@azure/cosmos';
import { isDomainError } from '../../../../../bot/src/kernel/domain-error.js';
import {
  createCosmosClient,
  isLoopbackHost,
  type CosmosTokenCredential,
} from '../../../../../bot/src/platform/storage/cosmos/create-cosmos-client.js';

const credential: CosmosTokenCredential = { getToken: async () => ({ token: 't', expiresOnTimestamp: Date.now() + 60_000 }) };

function assertInvalid(action: () => unknown, message: RegExp): void {
  assert.throws(action, (error: unknown) => isDomainError(error, 'invalid-input') && message.test(error.message));
}

describe('createCosmosClient', () => {
  it('should create a client when given an endpoint and a key', () => {
    const client = createCosmosClient({ endpoint: 'https://introteam.documents.azure.com:443/', key: 'a2V5' });
    assert.ok(client instanceof CosmosClient);
    client.dispose();
  });

  it('should create a client when given an endpoint and a token credential', () => {
    const client = createCosmosClient({ endpoint: 'https://introteam.documents.azure.com:443/', credential });
    assert.ok(client instanceof CosmosClient);
    client.dispose();
  });

  it('should refuse a self-signed certificate when the endpoint is not loopback', () => {
    assertInvalid(
      () => createCosmosClient({ endpoint: 'https://introteam.documents.azure.com:443/', key: 'k', trustSelfSignedCertificate: true }),
      /only allowed for a loopback endpoint/,
    );
    assertInvalid(
      () => createCosmosClient({ endpoint: 'https://127.0.0.1.nip.io:8081/', key: 'k', trustSelfSignedCertificate: true }),
      /loopback/,
    );
  });

  it('should accept a self-signed certificate when the endpoint is loopback', () => {
    for (const endpoint of ['https://127.0.0.1:8081', 'https://localhost:8081', 'https://[::1]:8081']) {
      createCosmosClient({ endpoint, key: 'k', trustSelfSignedCertificate: true }).dispose();
    }
  });

  it('should refuse both or neither of key and credential', () => {
    assertInvalid(() => createCosmosClient({ endpoint: 'https://a.documents.azure.com', key: 'k', credential }), /exactly one/);
    assertInvalid(() => createCosmosClient({ endpoint: 'https://a.documents.azure.com' }), /exactly one/);
    assertInvalid(() => createCosmosClient({ endpoint: 'https://a.documents.azure.com', key: '' }), /exactly one/);
  });

  it('should refuse an endpoint that is not an https URL', () => {
    assertInvalid(() => createCosmosClient({ endpoint: 'not a url', key: 'k' }), /not a valid URL/);
    assertInvalid(() => createCosmosClient({ endpoint: 'http://127.0.0.1:8081', key: 'k' }), /https/);
  });
});

describe('isLoopbackHost', () => {
  it('should accept only 127.0.0.0/8, ::1 and localhost', () => {
    assert.deepEqual(['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '[::1]', '::1'].map(isLoopbackHost), [
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    assert.deepEqual(['10.0.0.1', '0.0.0.0', 'localhost.evil.com', '127.0.0.1.nip.io', 'example.com', '::'].map(isLoopbackHost), [
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
