/**
 * Each Playground instance folder holds `playground.pid`: the pid of the process that starts the
 * Playground (its owner), written *before* the Playground is spawned, and the Playground's own pid,
 * added once the spawn returns. If the owner dies without stopping it (killed, crashed, interrupted
 * before it could clean up — even between the spawn and the pid being written), the next start ends
 * the orphan instead of failing on "port in use".
 * Only a process that is verifiably that folder's Playground is ended: on Linux its `/proc/<pid>/cwd`
 * must be the instance folder and its command line must run the Playground CLI. Such processes are
 * found through `/proc`, so the recorded pid is not needed to find them. Elsewhere nothing is ended.
 */
import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The pid file's name inside an instance folder. */
export const PID_FILE = 'playground.pid';

const STOP_GRACE_MS = 5_000;
const KILL_GRACE_MS = 2_000;
const POLL_MS = 100;

interface PidRecord {
  /** The Playground (a process-group leader); absent while it is being spawned. */
  readonly pid?: number;
  readonly ownerPid: number;
}

/** Records that this process is about to start the Playground of `workDir`; call before spawning it. */
export function writeOwnerFile(workDir: string): void {
  writeRecord(workDir, { ownerPid: process.pid });
}

/** Records that `pid` (a process-group leader) is the Playground of `workDir`, started by this process. */
export function writePidFile(workDir: string, pid: number): void {
  writeRecord(workDir, { pid, ownerPid: process.pid });
}

/** Removes the pid file if this process owns it and it names `pid` or no Playground yet (a newer instance may have replaced it). */
export function removePidFile(workDir: string, pid: number | undefined): void {
  const record = readPidFile(workDir);
  if (record !== undefined && record.ownerPid === process.pid && (record.pid === undefined || record.pid === pid)) {
    rmSync(join(workDir, PID_FILE), { force: true });
  }
}

/** Ends the orphaned Playground of every instance folder under `rootDir`; resolves with how many were ended. */
export async function stopStalePlaygrounds(rootDir: string, cliPath: string): Promise<number> {
  if (!existsSync(rootDir)) return 0;
  const folders = readdirSync(rootDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const stopped = await Promise.all(folders.map((entry) => stopStalePlayground(join(rootDir, entry.name), cliPath)));
  return stopped.filter(Boolean).length;
}

/** Ends the Playground of `workDir` if its recorded owner is gone and the process is verifiably it. */
export async function stopStalePlayground(workDir: string, cliPath: string): Promise<boolean> {
  const record = readPidFile(workDir);
  if (record === undefined) return false;
  // A live owner is a running `npm start` (or test) that still manages it.
  if (isAlive(record.ownerPid)) return false;
  const orphans = playgroundProcessesOf(workDir, cliPath);
  if (orphans.length > 0) await Promise.all(orphans.map(endGroup));
  rmSync(join(workDir, PID_FILE), { force: true });
  return orphans.length > 0;
}

function writeRecord(workDir: string, record: PidRecord): void {
  writeFileSync(join(workDir, PID_FILE), `${JSON.stringify(record)}\n`);
}

function readPidFile(workDir: string): PidRecord | undefined {
  try {
    const parsed = JSON.parse(readFileSync(join(workDir, PID_FILE), 'utf8')) as Partial<PidRecord>;
    const valid = (n: unknown): n is number => Number.isInteger(n) && (n as number) > 1;
    if (!valid(parsed.ownerPid)) return undefined;
    return valid(parsed.pid) ? { pid: parsed.pid, ownerPid: parsed.ownerPid } : { ownerPid: parsed.ownerPid };
  } catch {
    return undefined;
  }
}

/** The processes running the Playground CLI in `workDir` (Linux; none where there is no /proc). */
function playgroundProcessesOf(workDir: string, cliPath: string): number[] {
  let folder: string;
  let cli: string;
  let entries: string[];
  try {
    folder = realpathSync(workDir);
    cli = realpathSync(cliPath);
    entries = readdirSync('/proc');
  } catch {
    return []; // no /proc (not Linux), or the folder or CLI is gone: nothing verifiable to end
  }
  return entries
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => pid !== process.pid && isPlaygroundOf(pid, folder, cli));
}

function isPlaygroundOf(pid: number, folder: string, cli: string): boolean {
  try {
    if (readlinkSync(`/proc/${pid}/cwd`) !== folder) return false;
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(cli);
  } catch {
    return false; // vanished, or another user's process
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// The CLI runs detached, so its pid is also its process group: ending the group ends what it spawned.
// Resolves once the process is gone, so its port is free for the next start.
async function endGroup(pid: number): Promise<void> {
  signalGroup(pid, 'SIGTERM');
  if (await exitsWithin(pid, STOP_GRACE_MS)) return;
  signalGroup(pid, 'SIGKILL');
  await exitsWithin(pid, KILL_GRACE_MS);
}

async function exitsWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  return true;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, signal);
      return;
    } catch {
      // Not a group leader (then signal the process itself), or already gone.
    }
  }
}
