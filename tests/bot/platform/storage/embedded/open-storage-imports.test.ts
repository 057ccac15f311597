import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createManagedIdentityCredential } from '../../../../../bot/src/platform/storage/open-storage.js';

const probe = fileURLToPath(new URL('./fixtures/list-open-storage-imports.mjs', import.meta.url));

describe('openStorage imports', () => {
  it('should load neither @azure/identity nor the embedded server itself in this process when the embedded server is used', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'introteam-imports-'));
    try {
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', probe, dataDir], { timeout: 20_000 });
      const resolved = JSON.parse(stdout) as string[];
      assert.ok(
        resolved.some((url) => url.includes('/@azure/cosmos/')),
        'the probe sees the modules storage loads',
      );
      assert.deepEqual(
        resolved.filter((url) => url.includes('/@azure/identity/')),
        [],
      );
      // The embedded server runs in its own process (embedded-cosmos-process.ts); only its client is here.
      assert.deepEqual(
        resolved.filter((url) => url.includes('/@vercel/cosmosdb-server/') || url.includes('/start-embedded-cosmos.')),
        [],
      );
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('should create a token credential when Azure Cosmos DB is reached without a key', async () => {
    const credential = await createManagedIdentityCredential();
    assert.equal(typeof credential.getToken, 'function');
  });
});
