import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PID_FILE, stopStalePlaygrounds } from '../../../scripts/playground/stale-playgrounds.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('stopStalePlaygrounds', () => {
  let root: string;
  let fakeCli: string;
  let deadPid: number;
  const started: ChildProcess[] = [];

  before(async function () {
    if (!existsSync('/proc')) this.skip(); // the checks read /proc (Linux)
    // A pid that surely has no process now: one of ours that has exited.
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((done) => gone.once('exit', done));
    deadPid = gone.pid!;
  });
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'introteam-stale-'));
    fakeCli = path.join(root, 'cli.js');
    writeFileSync(fakeCli, 'setInterval(() => {}, 1000);\n');
  });
  afterEach(async () => {
    for (const child of started.splice(0)) child.kill('SIGKILL');
    await rm(root, { recursive: true, force: true });
  });

  /** Starts a stand-in for the Playground CLI in `cwd`, detached like the real one, and records it in `workDir`. */
  function orphan(workDir: string, options: { cwd?: string; ownerPid?: number; pidRecorded?: boolean } = {}): ChildProcess {
    mkdirSync(workDir, { recursive: true });
    const child = spawn(process.execPath, [fakeCli], { cwd: options.cwd ?? workDir, detached: true, stdio: 'ignore' });
    started.push(child);
    const ownerPid = options.ownerPid ?? deadPid;
    const record = options.pidRecorded === false ? { ownerPid } : { pid: child.pid, ownerPid };
    writeFileSync(path.join(workDir, PID_FILE), JSON.stringify(record));
    return child;
  }

  async function exits(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((done) => child.once('exit', done));
  }

  it('should end a Playground whose owner is gone and remove its pid file', async () => {
    const workDir = path.join(root, 'bosetting');
    const child = orphan(workDir);
    await new Promise((done) => setTimeout(done, 200)); // let it reach its cwd and command line
    assert.equal(await stopStalePlaygrounds(root, fakeCli), 1);
    await exits(child);
    assert.equal(existsSync(path.join(workDir, PID_FILE)), false);
  });

  it('should end a Playground whose owner died after spawning it but before recording its pid', async () => {
    const workDir = path.join(root, 'nav');
    const child = orphan(workDir, { pidRecorded: false });
    await new Promise((done) => setTimeout(done, 200));
    assert.equal(await stopStalePlaygrounds(root, fakeCli), 1);
    assert.equal(isAlive(child.pid!), false, 'it should be gone when the stop resolves, so its port is free');
    assert.equal(existsSync(path.join(workDir, PID_FILE)), false);
  });

  it('should leave a Playground alone while its owner still runs', async () => {
    const child = orphan(path.join(root, 'nav'), { ownerPid: process.pid });
    assert.equal(await stopStalePlaygrounds(root, fakeCli), 0);
    assert.ok(isAlive(child.pid!));
  });

  it('should leave a process alone that is not verifiably the Playground of that folder', async () => {
    const elsewhere = path.join(root, 'elsewhere');
    mkdirSync(elsewhere);
    const child = orphan(path.join(root, 'barnehage'), { cwd: elsewhere });
    await new Promise((done) => setTimeout(done, 200));
    assert.equal(await stopStalePlaygrounds(root, fakeCli), 0);
    assert.ok(isAlive(child.pid!));
  });

  it('should forget a pid file whose process is gone', async () => {
    const workDir = path.join(root, 'voi');
    mkdirSync(workDir);
    writeFileSync(path.join(workDir, PID_FILE), JSON.stringify({ pid: deadPid, ownerPid: deadPid }));
    assert.equal(await stopStalePlaygrounds(root, fakeCli), 0);
    assert.equal(existsSync(path.join(workDir, PID_FILE)), false);
  });
});
