import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDomainError } from '../../../../../bot/src/kernel/domain-error.js';
import { openStorage } from '../../../../../bot/src/platform/storage/open-storage.js';
import { loadSnapshot } from '../../../../../bot/src/platform/storage/embedded/snapshot-store.js';
import { startEmbeddedCosmos } from '../../../../../bot/src/platform/storage/embedded/start-embedded-cosmos.js';
import { RecordingLogger } from '../../../../support/recording-logger.js';

const writeThenWait = fileURLToPath(new URL('./fixtures/open-storage-then-wait.mjs', import.meta.url));

/** The processes started for this data folder: the embedded Cosmos DB process (and its own children) carry it as DATA_DIR. */
function processesOf(dataDir: string): number[] {
  const marker = `DATA_DIR=${dataDir}`;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => readProc(pid, 'environ').split('\0').includes(marker));
}

/** Of those, the embedded Cosmos DB processes (under tsx the child may also have an esbuild helper for a while). */
function embeddedProcessesOf(dataDir: string): number[] {
  return processesOf(dataDir).filter((pid) => readProc(pid, 'cmdline').includes('embedded-cosmos-process'));
}

function readProc(pid: number, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return ''; // gone, or not ours to read
  }
}

async function waitFor(what: string, condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

describe('openStorage with the embedded server in its own process', function () {
  this.timeout(60_000);
  let dataDir: string;
  before(function () {
    if (!existsSync('/proc')) this.skip(); // the child is found through /proc
  });
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'introteam-embedded-process-'));
  });
  afterEach(async () => {
    for (const pid of processesOf(dataDir)) process.kill(pid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  const open = (embeddedPort?: number) =>
    openStorage({
      cosmos: { kind: 'embedded', dataDir, databaseName: 'introteam' },
      logger: new RecordingLogger(),
      snapshotIntervalMs: 600_000,
      ...(embeddedPort === undefined ? {} : { embeddedPort }),
    });

  it('should run the server in a child process that is gone after close', async () => {
    const storage = await open();
    try {
      const embedded = embeddedProcessesOf(dataDir);
      assert.equal(embedded.length, 1, 'one embedded Cosmos DB process for this data folder');
      assert.notEqual(embedded[0], process.pid, 'the server is not in this process');
      await storage.checkHealth();
    } finally {
      await storage.close();
    }
    assert.deepEqual(processesOf(dataDir), []);
  });

  it('should save what was written and leave no process behind when the parent is killed', async () => {
    const parent = spawn(process.execPath, ['--import', 'tsx', writeThenWait, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((done) => parent.once('exit', done));
    let output = '';
    parent.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    await waitFor('the document to be written', () => output.includes('written') || parent.exitCode !== null);
    assert.match(output, /written/);
    const [child, ...more] = embeddedProcessesOf(dataDir);
    assert.deepEqual(more, []);
    assert.ok(child !== undefined && child !== parent.pid, 'the embedded server runs in a child of its own');

    parent.kill('SIGKILL'); // no chance to send "stop": the child sees its channel close
    await exited;
    await waitFor('the embedded Cosmos DB process to exit', () => processesOf(dataDir).length === 0);

    const storage = await open();
    try {
      const { resource } = await storage.containers.core.item('tenant|t1', 't1').read();
      assert.deepEqual(resource?.data, { id: 't1' }, 'the acknowledged write was saved when the parent died');
    } finally {
      await storage.close();
    }
  });

  it('should reject with the same invalid-input error as an in-process load when the snapshot is broken', async () => {
    const filePath = path.join(dataDir, 'cosmos', 'snapshot.json');
    await mkdir(path.dirname(filePath), { recursive: true });
    await writeFile(filePath, '{"format":"introteam-cosmos-snapshot","version":1,"containers":[');
    const server = await startEmbeddedCosmos();
    const expected = await loadSnapshot(server.data, filePath).then(
      () => assert.fail('the broken file should not load'),
      (error: unknown) => error,
    );
    await server.stop();
    assert.ok(isDomainError(expected, 'invalid-input'));

    await assert.rejects(open(), (error: unknown) => {
      assert.ok(isDomainError(error, 'invalid-input'), `expected invalid-input, got ${String(error)}`);
      assert.equal(error.message, expected.message);
      return true;
    });
    await waitFor('the failed process to exit', () => processesOf(dataDir).length === 0);
  });

  it('should reject with storage-unavailable naming the port when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const { port } = blocker.address() as AddressInfo;
    try {
      await assert.rejects(open(port), (error: unknown) => {
        assert.ok(isDomainError(error, 'storage-unavailable'), `expected storage-unavailable, got ${String(error)}`);
        assert.match(error.message, new RegExp(`could not listen on 127\\.0\\.0\\.1:${port}`));
        return true;
      });
    } finally {
      await new Promise((done) => blocker.close(done));
    }
    await waitFor('the failed process to exit', () => processesOf(dataDir).length === 0);
  });
});
