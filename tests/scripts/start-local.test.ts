import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The built entry point, as `npm start` runs it (npm test builds first).
const ENTRY = path.resolve('dist/scripts/start-local.js');
const PORT = 4978;
const PLAYGROUND_PORT = 57150;
const ALL_PORTS = [PORT, ...Array.from({ length: 6 }, (_, index) => PLAYGROUND_PORT + index)];

/** A started `start-local` with its output so far. */
interface Run {
  readonly child: ChildProcess;
  output(): string;
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

// Every process of a run inherits its unique DATA_DIR, the detached Playgrounds too: that finds the whole tree.
function processesOf(dataDir: string): number[] {
  const marker = `DATA_DIR=${dataDir}`;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => readProc(pid, 'environ').split('\0').includes(marker));
}

function playgroundsOf(dataDir: string): number[] {
  return processesOf(dataDir).filter((pid) => readProc(pid, 'cmdline').includes('m365agentsplayground'));
}

function readProc(pid: number, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return ''; // gone, or not ours to read
  }
}

function isListening(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      answer(true);
    });
    socket.once('error', () => answer(false));
  });
}

async function waitFor(what: string, condition: () => boolean, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; output:\n${output()}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

describe('npm start (scripts/start-local.ts)', function () {
  this.timeout(60_000);
  let dataDir: string;

  before(function () {
    if (!existsSync('/proc')) this.skip(); // the process tree is found through /proc
    assert.ok(existsSync(ENTRY), `${ENTRY} is missing: run npm run build first`);
  });
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'introteam-start-local-'));
  });
  afterEach(async () => {
    // Whatever the outcome, end what this test started (found by its DATA_DIR), so a failure leaves nothing behind.
    for (const pid of processesOf(dataDir)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  function start(): Run {
    const inherited = Object.entries(process.env).filter(
      ([key]) => !/^(NODE_ENV|HOST|DEV_SIGN_IN|ENTRA_|COSMOS_|Microsoft|PLAYGROUND_)/.test(key),
    );
    const child = spawn(process.execPath, ['--disable-warning=DEP0111', ENTRY], {
      env: {
        ...Object.fromEntries(inherited),
        PORT: String(PORT),
        PLAYGROUND_PORT: String(PLAYGROUND_PORT),
        PLAYGROUND_UNITS: 'bosetting,barnehage',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
      child.once('exit', (code, signal) => done({ code, signal })),
    );
    return { child, output: () => output, exited: () => exit };
  }

  async function assertNothingLeft(run: Run): Promise<void> {
    const exit = await run.exited();
    assert.deepEqual(exit, { code: 0, signal: null }, `start-local should stop in order; output:\n${run.output()}`);
    // The Playgrounds are stopped before start-local exits; allow their own children a moment to go.
    await waitFor('the process tree to be gone', () => processesOf(dataDir).length === 0, 3_000, run.output);
    for (const port of ALL_PORTS) assert.equal(await isListening(port), false, `something still listens on port ${port}`);
  }

  it('should leave no server, Playground or process behind when interrupted one second after start', async () => {
    const run = start();
    await new Promise((done) => setTimeout(done, 1_000));
    run.child.kill('SIGINT');
    await assertNothingLeft(run);
  });

  it('should leave no server, Playground or process behind when interrupted while the Playgrounds start', async () => {
    const run = start();
    await waitFor('a Playground to be spawned', () => playgroundsOf(dataDir).length > 0, 40_000, run.output);
    run.child.kill('SIGINT');
    await assertNothingLeft(run);
  });

  it('should stop the Playgrounds of a killed earlier run instead of failing on their ports', async () => {
    const killed = start();
    await waitFor('both Playgrounds to be spawned', () => playgroundsOf(dataDir).length === 2, 40_000, killed.output);
    killed.child.kill('SIGKILL'); // no chance to clean up: its Playgrounds are orphaned
    await killed.exited();
    assert.equal(playgroundsOf(dataDir).length, 2, 'the orphaned Playgrounds should still run');

    const next = start();
    await waitFor('the second start to finish', () => /Ctrl-C stopper alt|kunne ikke starte/.test(next.output()), 50_000, next.output);
    assert.match(next.output(), /Ctrl-C stopper alt/);
    next.child.kill('SIGINT');
    await assertNothingLeft(next);
  });
});
