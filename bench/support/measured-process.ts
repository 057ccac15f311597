import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { MemoryAfterGc } from '../probe/memory-after-gc.js';

/** Event-loop delay percentiles (ms) as the preloaded probe reports them. */
export interface LoopDelay {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** A process the bench started and measures from outside (RSS) and inside (the event-loop probe). */
export interface MeasuredProcess {
  readonly baseUrl: string;
  readonly pid: number;
  /** Milliseconds from spawn to the first 200 from `/healthz`. */
  readonly startupMs: number;
  /** VmRSS of the process, in MB. */
  rssMb(): Promise<number>;
  /**
   * VmRSS of the process's children together (locally the server's embedded Cosmos DB process), in MB;
   * undefined when it has none (the echo bot, or the server against Azure Cosmos DB).
   */
  childrenRssMb(): Promise<number | undefined>;
  /** Forgets the event-loop delay seen so far. */
  resetLoopDelay(): void;
  readLoopDelay(): Promise<LoopDelay>;
  /** Forces a full garbage collection inside the process and reads its memory; only after the last measurement. */
  readMemoryAfterGc(): Promise<MemoryAfterGc>;
  stop(): Promise<void>;
}

/** How to start one measured process. */
export interface MeasuredProcessOptions {
  /** The compiled entry point (JavaScript). */
  readonly entry: string;
  /** The event-loop probe, preloaded with `--import`. */
  readonly probe: string;
  readonly port: number;
  readonly env: Readonly<Record<string, string>>;
  /** Where the process's stdout and stderr go. */
  readonly logFile: string;
  readonly readyTimeoutMs: number;
}

/** Spawns `node --import <probe> <entry>` and waits until `/healthz` answers 200. */
export async function startMeasuredProcess(options: MeasuredProcessOptions): Promise<MeasuredProcess> {
  const log = openSync(options.logFile, 'a');
  const started = performance.now();
  const child = spawn(process.execPath, [...(process.env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : []), '--disable-warning=DEP0111', '--import', pathToFileURL(options.probe).href, options.entry], {
    env: { PATH: process.env.PATH ?? '', ...options.env, PORT: String(options.port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log, 'ipc'],
  });
  closeSync(log);
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    await waitForHealth(baseUrl, exited, options.readyTimeoutMs, options.logFile);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const startupMs = performance.now() - started;
  return {
    baseUrl,
    pid: child.pid!,
    startupMs,
    rssMb: () => readRssMb(child.pid!),
    childrenRssMb: () => readChildrenRssMb(child.pid!),
    resetLoopDelay: () => child.send({ type: 'loop-delay-reset' }),
    readLoopDelay: () => readLoopDelay(child),
    readMemoryAfterGc: () => askProbe<MemoryAfterGc>(child, 'memory-after-gc'),
    stop: () => stopChild(child, exited),
  };
}

async function waitForHealth(baseUrl: string, exited: Promise<number | null>, timeoutMs: number, logFile: string): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code ?? -1));
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`Prosessen avsluttet med kode ${exitCode} før den var klar (se ${logFile}).`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Prosessen ble ikke klar på ${timeoutMs} ms (se ${logFile}).`);
}

async function readRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? NaN);
  return Math.round(kilobytes / 102.4) / 10;
}

/** The children listed under each of the process's threads (a child belongs to the thread that forked it). */
async function readChildrenRssMb(pid: number): Promise<number | undefined> {
  const threads = await readdir(`/proc/${pid}/task`);
  const lists = await Promise.all(threads.map((thread) => readFile(`/proc/${pid}/task/${thread}/children`, 'utf8').catch(() => '')));
  const children = lists.flatMap((list) => list.split(/\s+/).filter((id) => id !== ''));
  if (children.length === 0) return undefined;
  const sizes = await Promise.all(children.map((id) => readRssMb(Number(id)).catch(() => 0)));
  return Math.round(sizes.reduce((sum, size) => sum + size, 0) * 10) / 10;
}

function readLoopDelay(child: ChildProcess): Promise<LoopDelay> {
  return askProbe<LoopDelay>(child, 'loop-delay');
}

/** Sends `<answer>-read` to the preloaded probe and waits for its `<answer>` message. */
function askProbe<T>(child: ChildProcess, answer: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Målesonden svarte ikke.')), 5_000);
    const onMessage = (message: unknown): void => {
      if ((message as { type?: string }).type !== answer) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message as T);
    };
    child.on('message', onMessage);
    child.send({ type: `${answer}-read` });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}
