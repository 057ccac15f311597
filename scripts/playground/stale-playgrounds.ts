/**
 * Each running Playground leaves `playground.pid` in its working folder (its pid and the pid of the
 * process that started it). If that owner died without stopping it (killed, crashed, interrupted
 * before it could clean up), the next start ends the orphan instead of failing on "port in use".
 * Only a process that is verifiably that Playground is ended: on Linux its `/proc/<pid>/cwd` must be
 * the instance folder and its command line must run the Playground CLI. Elsewhere nothing is ended.
 */
import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The pid file's name inside an instance folder. */
export const PID_FILE = 'playground.pid';

const STOP_GRACE_MS = 5_000;
const POLL_MS = 100;

interface PidRecord {
  readonly pid: number;
  readonly ownerPid: number;
}

/** Records that `pid` (a process-group leader) is the Playground of `workDir`, started by this process. */
export function writePidFile(workDir: string, pid: number): void {
  const record: PidRecord = { pid, ownerPid: process.pid };
  writeFileSync(join(workDir, PID_FILE), `${JSON.stringify(record)}\n`);
}

/** Removes the pid file if it still names `pid` (a newer instance may have replaced it). */
export function removePidFile(workDir: string, pid: number): void {
  if (readPidFile(workDir)?.pid === pid) rmSync(join(workDir, PID_FILE), { force: true });
}

/** Ends the orphaned Playground of every instance folder under `rootDir`; resolves with how many were ended. */
export async function stopStalePlaygrounds(rootDir: string, cliPath: string): Promise<number> {
  if (!existsSync(rootDir)) return 0;
  const folders = readdirSync(rootDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const stopped = await Promise.all(folders.map((entry) => stopStalePlayground(join(rootDir, entry.name), cliPath)));
  return stopped.filter(Boolean).length;
}

/** Ends the Playground recorded in `workDir` if its owner is gone and the process is verifiably it. */
export async function stopStalePlayground(workDir: string, cliPath: string): Promise<boolean> {
  const record = readPidFile(workDir);
  if (record === undefined) return false;
  if (!isAlive(record.pid)) {
    rmSync(join(workDir, PID_FILE), { force: true });
    return false;
  }
  // A live owner is a running `npm start` (or test) that still manages it; a foreign process is not ours.
  if (isAlive(record.ownerPid) || !isPlaygroundOf(record.pid, workDir, cliPath)) return false;
  await endGroup(record.pid);
  rmSync(join(workDir, PID_FILE), { force: true });
  return true;
}

function readPidFile(workDir: string): PidRecord | undefined {
  try {
    const parsed = JSON.parse(readFileSync(join(workDir, PID_FILE), 'utf8')) as Partial<PidRecord>;
    const valid = (n: unknown): n is number => Number.isInteger(n) && (n as number) > 1;
    return valid(parsed.pid) && valid(parsed.ownerPid) ? { pid: parsed.pid, ownerPid: parsed.ownerPid } : undefined;
  } catch {
    return undefined;
  }
}

function isPlaygroundOf(pid: number, workDir: string, cliPath: string): boolean {
  try {
    const cwd = readlinkSync(`/proc/${pid}/cwd`);
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cwd === realpathSync(workDir) && args.includes(realpathSync(cliPath));
  } catch {
    return false; // no /proc (not Linux), or the process vanished: nothing verifiable to end
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
async function endGroup(pid: number): Promise<void> {
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_GRACE_MS;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((done) => setTimeout(done, POLL_MS));
  if (isAlive(pid)) signalGroup(pid, 'SIGKILL');
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
