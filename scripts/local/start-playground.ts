import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Options for one Agents Playground instance. */
export interface StartPlaygroundOptions {
  /** Short name, used for its working folder, e.g. `barnehage`. */
  readonly name: string;
  readonly port: number;
  /** The bot endpoint, e.g. `http://127.0.0.1:3978/api/messages`. */
  readonly botEndpoint: string;
  /** The rendered `.m365agentsplayground.yml`. */
  readonly configYaml: string;
  /** Parent folder of the instances' working folders (git-ignored). */
  readonly rootDirectory: string;
  /** How long to wait for it to answer (ms). */
  readonly startTimeoutMs?: number;
}

/** A running Playground instance. */
export interface PlaygroundInstance {
  readonly name: string;
  readonly port: number;
  readonly url: string;
  /** Where its own log is (the reason for a refused config is only there). */
  readonly logFile: string;
  stop(): Promise<void>;
}

const cliPath = (): string => path.join(path.dirname(createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');

/** Writes the config into the instance's own folder, starts the CLI there and waits until its port answers. */
export async function startPlayground(options: StartPlaygroundOptions): Promise<PlaygroundInstance> {
  const cwd = path.resolve(options.rootDirectory, options.name);
  await mkdir(cwd, { recursive: true });
  await writeFile(path.join(cwd, '.m365agentsplayground.yml'), options.configYaml, 'utf8');
  const child = spawn(process.execPath, [cliPath(), '-e', options.botEndpoint, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'], {
    cwd,
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', BROWSER: 'none' },
    detached: true,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${options.port}`;
  const logFile = path.join(cwd, 'devTools', 'm365agentsplayground.log');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    if (child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone between the check and the kill.
    }
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await answers(url)) return { name: options.name, port: options.port, url, logFile, stop };
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error(`Agents Playground «${options.name}» startet ikke på port ${options.port}. Se loggen: ${logFile}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}
