/**
 * Starts one Microsoft 365 Agents Playground instance (the local Teams stand-in) in its own
 * working folder, `.playground/<name>/`, with its own `.m365agentsplayground.yml`, and waits
 * until its backend answers. Several instances can run side by side on different ports; each
 * one's `serviceUrl` routes proactive posts back to it. See docs/playground.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { renderPlaygroundConfig, type PlaygroundConfigOptions } from './playground-config.js';
import { removePidFile, stopStalePlayground, writeOwnerFile, writePidFile } from './stale-playgrounds.js';

/** Options for {@link startPlayground}. */
export interface StartPlaygroundOptions {
  /** Instance name (lower-case letters, digits, dashes); names the folder `<rootDir>/<name>/`. */
  readonly name: string;
  /** The bot's messaging endpoint, e.g. `http://127.0.0.1:3978/api/messages`. */
  readonly botEndpoint: string;
  /** Port of the web UI and the mock connector; 0 picks a free one. A port in use is an error. */
  readonly port: number;
  /** Tenant, bot, users, chats and the team of this instance. */
  readonly config: PlaygroundConfigOptions;
  /** Folder that holds the instance folders; defaults to `<project root>/.playground` (git-ignored). */
  readonly rootDir?: string;
  /** How long to wait for the backend to answer; defaults to 30 000 ms. */
  readonly timeoutMs?: number;
  /** Extra environment for the CLI, e.g. `{ TZ: 'Europe/Oslo' }` (the activities' timezone comes from it). */
  readonly env?: Readonly<Record<string, string>>;
  /** Aborting stops the instance while it starts (Ctrl-C during `npm start`); the start then rejects. */
  readonly signal?: AbortSignal;
}

/** A running Playground instance. */
export interface PlaygroundInstance {
  /** The instance name given in the options. */
  readonly name: string;
  /** The port it listens on (all interfaces). */
  readonly port: number;
  /** Web UI address, e.g. `http://127.0.0.1:56150/`. */
  readonly url: string;
  /** The `serviceUrl` the bot receives on every activity, e.g. `http://localhost:56150/_connector`. */
  readonly serviceUrl: string;
  /** The instance's working folder (config file and `devTools/`). */
  readonly workDir: string;
  /** The Playground's own log; configuration errors are only reported here. */
  readonly logFile: string;
  /** Stops the CLI and everything it started (the whole process group); safe to call twice. */
  stop(): Promise<void>;
}

const NAME = /^[a-z0-9][a-z0-9-]*$/;
const POLL_MS = 150;
const STOP_GRACE_MS = 5_000;

/** Writes the instance's config, spawns the Playground CLI there and resolves once it answers HTTP. */
export async function startPlayground(options: StartPlaygroundOptions): Promise<PlaygroundInstance> {
  validateOptions(options);
  options.signal?.throwIfAborted();
  const cli = resolvePlaygroundCli();
  const workDir = resolve(options.rootDir ?? join(cli.projectRoot, '.playground'), options.name);
  const configFile = join(workDir, '.m365agentsplayground.yml');
  const logFile = join(workDir, 'devTools', 'm365agentsplayground.log');
  mkdirSync(workDir, { recursive: true });
  await stopStalePlayground(workDir, cli.path);
  options.signal?.throwIfAborted();
  writeFileSync(configFile, renderPlaygroundConfig(options.config));
  // Before the spawn: if this process dies before it records the Playground's pid, the next start still finds the orphan.
  writeOwnerFile(workDir);

  const args = [cli.path, '-e', options.botEndpoint, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'];
  const child = spawn(process.execPath, args, {
    cwd: workDir,
    detached: true, // own process group, so stop() can end it and anything it spawns
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...cleanEnv(process.env), TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_LOGFILE: logFile, ...options.env },
  });
  const killOnExit = (): void => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);
  if (child.pid !== undefined) writePidFile(workDir, child.pid);
  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    await stopChild(child);
    removePidFile(workDir, child.pid);
  };
  try {
    const port = await waitUntilReady(child, options, logFile);
    const instance = { name: options.name, port, url: `http://127.0.0.1:${port}/`, workDir, logFile, stop };
    return { ...instance, serviceUrl: `http://localhost:${port}/_connector` };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The CLI's entry file (from the package's `bin`, not via npx) and the project root holding node_modules. */
export function resolvePlaygroundCli(): { readonly path: string; readonly projectRoot: string } {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@microsoft/m365agentsplayground/package.json');
  const bin = (JSON.parse(readFileSync(packageJson, 'utf8')) as { bin?: Record<string, string> }).bin?.agentsplayground;
  const path = bin ? join(dirname(packageJson), bin) : '';
  if (!existsSync(path)) {
    throw new Error(`Fant ikke Agents Playground ved siden av ${packageJson}. Kjør \`npm install\` i prosjektmappen.`);
  }
  let dir = dirname(packageJson);
  while (basename(dir) !== 'node_modules' && dirname(dir) !== dir) dir = dirname(dir);
  return { path, projectRoot: dirname(dir) };
}

function validateOptions(options: StartPlaygroundOptions): void {
  if (!NAME.test(options.name)) {
    throw new Error(`Playground-navnet «${options.name}» kan bare ha små bokstaver, sifre og bindestrek (det blir et mappenavn).`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65_535) {
    throw new Error(`Playground-porten må være et heltall fra 0 til 65535 (fikk ${options.port}).`);
  }
  if (!/^https?:\/\/[^/]+\/.*/.test(options.botEndpoint)) {
    throw new Error(`botEndpoint må være en http(s)-adresse som http://127.0.0.1:3978/api/messages (fikk «${options.botEndpoint}»).`);
  }
}

// Settings inherited from the caller's shell would silently override ours (config path, port, service URL).
function cleanEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([key]) => !/^(M365_AGENTS_PLAYGROUND_|TEAMSAPPTESTER_|TEAMS_APP_TEST_TOOL_)/.test(key)),
  );
}

async function waitUntilReady(child: ChildProcess, options: StartPlaygroundOptions, logFile: string): Promise<number> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const output = captureOutput(child);
  let exited = false;
  child.once('exit', () => (exited = true));
  child.once('error', () => (exited = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    options.signal?.throwIfAborted();
    // The CLI prints "Listening on <port>" to a non-TTY stdout before it reads the config file; it
    // silently falls back to a random port when the one asked for is taken, so trust only this line.
    const port = Number(/Listening on (\d+)/.exec(output.text())?.[1] ?? NaN);
    if (options.port !== 0 && Number.isInteger(port) && port !== options.port) {
      throw new Error(
        `Agents Playground «${options.name}»: port ${options.port} er i bruk (den tok ${port} i stedet). Stopp det som holder porten, eller velg en annen med PLAYGROUND_PORT.`,
      );
    }
    // /_debug/ping is mounted only after the config file has been read and validated.
    if (Number.isInteger(port) && (await answersPing(port))) return port;
    if (exited) throw startError(options.name, `avsluttet med kode ${child.exitCode} før den svarte`, logFile, output.text());
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  throw startError(options.name, `svarte ikke innen ${timeoutMs} ms`, logFile, output.text());
}

function captureOutput(child: ChildProcess): { text(): string } {
  let text = '';
  const append = (chunk: Buffer): void => {
    if (text.length < 20_000) text += chunk.toString('utf8'); // the "Listening on" line comes first
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return { text: () => text };
}

async function answersPing(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/_debug/ping`, { signal: AbortSignal.timeout(1_000) });
    return response.ok && (await response.text()) === 'pong';
  } catch {
    return false;
  }
}

function startError(name: string, what: string, logFile: string, output: string): Error {
  const logLines = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n') : [];
  const reasons = logLines.filter((line) => line.startsWith('error ')).map((line) => line.slice('error '.length));
  const detail = [...reasons.slice(-5), ...output.trim().split('\n').slice(-5)].filter(Boolean).join('\n  ');
  return new Error(`Agents Playground «${name}» ${what}. Se loggen: ${logFile}${detail ? `\n  ${detail}` : ''}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}
