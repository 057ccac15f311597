import { cp, mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_UNITS } from '../bot/src/kernel/units/unit.js';
import { startLimitEnforcingConnector, type LimitEnforcingConnector } from '../tests/support/fake-connector/limit-enforcing-connector.js';
import type { BenchReport, SizeResult } from './report/bench-report.js';
import { writeReport } from './report/write-report.js';
import { measureFanOut, seedFanOut } from './scenarios/fan-out.js';
import { measureOperations } from './scenarios/measure-operations.js';
import { operationPairs } from './scenarios/operations.js';
import { benchOptions, type BenchOptions } from './support/bench-options.js';
import { bindChannels } from './support/bind-channels.js';
import { devToken } from './support/dev-token.js';
import { portAllocator } from './support/free-port.js';
import { startMeasuredProcess, type MeasuredProcess } from './support/measured-process.js';
import { percentile } from './support/stats.js';
import { benchUsers, openSeedStore } from './support/seed-store.js';
import { seedSettlements } from './support/seed-settlements.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The project root, whether this runs from bench/ (tsx) or dist/bench/ (compiled). */
const ROOT = path.basename(path.dirname(HERE)) === 'dist' ? path.resolve(HERE, '../..') : path.resolve(HERE, '..');
/** The compiled programs the bench starts (`npm run build` makes them). */
const DIST = path.join(ROOT, 'dist');
/** The server as `npm run start:prod` runs it: bundled (scripts/build-server.mjs). */
const SERVER_ENTRY = path.join(DIST, 'bot/bundle/index.js');
const ECHO_ENTRY = path.join(DIST, 'bench/echo-bot/echo-bot.js');
const PROBE = path.join(DIST, 'bench/probe/event-loop-probe.js');
/** Settlements whose Barnehage cards the card actions press. */
const CARD_SETTLEMENTS = 20;

/** Runs the bench and writes report.md and report.json; returns the report. */
export async function runBench(options: BenchOptions, log: (line: string) => void = console.log): Promise<BenchReport> {
  await rm(options.workDir, { recursive: true, force: true });
  await mkdir(options.workDir, { recursive: true });
  const nextPort = portAllocator(options.basePort);
  // The Teams stand-in answers 429 with Retry-After beyond Teams' limits, so pacing is measured, not assumed.
  const connector = await startLimitEnforcingConnector();
  const start = async (entry: string, name: string, env: Record<string, string> = {}, readyTimeoutMs = 60_000) =>
    startMeasuredProcess({
      entry,
      probe: PROBE,
      port: await nextPort(),
      env,
      logFile: path.join(options.workDir, `${name}.log`),
      readyTimeoutMs,
    });
  // As production runs: no contract check of every response (that is for development and tests).
  const serverEnv = (dataDir: string) => ({ DEV_SIGN_IN: '1', DATA_DIR: dataDir, LOG_LEVEL: 'info', VALIDATE_RESPONSES: '0' });
  try {
    log('Oppstart: ekkobot og tom Introteam-server, vekselvis …');
    const echoStarts: number[] = [];
    const emptyStarts: number[] = [];
    for (let i = 0; i < options.startups; i++) {
      const echo = await start(ECHO_ENTRY, 'echo-start');
      echoStarts.push(echo.startupMs);
      await echo.stop();
      const emptyDir = path.join(options.workDir, `empty-${i}`);
      const empty = await start(SERVER_ENTRY, 'server-empty', serverEnv(emptyDir));
      emptyStarts.push(empty.startupMs);
      await empty.stop();
    }
    const sizes: SizeResult[] = [];
    if (options.sizes.length > 0) {
      log('Sår inn bosettinger gjennom repositoriene …');
      const seeded = await seedSizes(options, connector.url, log);
      const echo = await start(ECHO_ENTRY, 'echo');
      try {
        for (const size of options.sizes) {
          log(`Måler ved ${size} lagrede bosettinger …`);
          sizes.push(
            await measureSize(options, size, seeded, echo, connector, (dataDir) =>
              start(SERVER_ENTRY, `server-${size}`, serverEnv(dataDir), 30 * 60_000),
            ),
          );
        }
      } finally {
        await echo.stop();
      }
    }
    const fanOut = [];
    for (const k of options.fanOut) {
      log(`Kunngjøring til ${k} kanaler …`);
      const dataDir = path.join(options.workDir, `fan-out-${k}`);
      await seedFanOut(k, connector.url, dataDir);
      const server = await start(SERVER_ENTRY, `server-fan-out-${k}`, serverEnv(dataDir));
      try {
        fanOut.push(await measureFanOut(k, server, connector, 60_000));
      } finally {
        await server.stop();
      }
    }
    const report: BenchReport = {
      generatedAt: new Date().toISOString(),
      mode: options.short ? 'short' : 'full',
      machine: { cpus: os.cpus().length, node: process.version },
      startup: { echoBotMs: percentile(echoStarts, 50), serverEmptyMs: percentile(emptyStarts, 50) },
      sizes,
      fanOut,
    };
    await writeReport(report, options.outputDir);
    log(`Rapporten er skrevet til ${path.join(options.outputDir, 'report.md')} og report.json.`);
    return report;
  } finally {
    await connector.stop();
  }
}

/** What seeding left for each size: its snapshot folder, the settlements the cards act on, and how long it took. */
interface SeededSizes {
  readonly dataDir: (size: number) => string;
  readonly seedMs: Map<number, number>;
  readonly cardSettlementIds: readonly string[];
}

/** Seeds once, growing: the first size, save, on to the next size, save … */
async function seedSizes(options: BenchOptions, serviceUrl: string, log: (line: string) => void): Promise<SeededSizes> {
  const store = await openSeedStore();
  const dataDir = (size: number) => path.join(options.workDir, `seed-${size}`);
  const seedMs = new Map<number, number>();
  let cardSettlementIds: string[] = [];
  try {
    const { coordinator } = benchUsers(store.tenantId);
    await bindChannels(store.repositories, {
      tenantId: store.tenantId,
      unitIds: DEFAULT_UNITS.map((u) => u.id),
      serviceUrl,
      boundBy: coordinator.id,
    });
    let stored = 0;
    for (const size of [...options.sizes].sort((a, b) => a - b)) {
      const started = performance.now();
      const ids = await seedSettlements(store.repositories, coordinator, { from: stored, to: size }, 16);
      if (stored === 0) cardSettlementIds = ids.slice(0, CARD_SETTLEMENTS);
      stored = size;
      await store.saveTo(dataDir(size));
      seedMs.set(size, performance.now() - started + (seedMs.get([...seedMs.keys()].pop() ?? -1) ?? 0));
      log(`  ${size} bosettinger sådd inn og lagret (${Math.round((seedMs.get(size) ?? 0) / 1000)} s).`);
    }
  } finally {
    await store.stop();
  }
  return { dataDir, seedMs, cardSettlementIds };
}

async function measureSize(
  options: BenchOptions,
  size: number,
  seeded: SeededSizes,
  echo: MeasuredProcess,
  connector: LimitEnforcingConnector,
  startServer: (dataDir: string) => Promise<MeasuredProcess>,
): Promise<SizeResult> {
  const runDir = path.join(options.workDir, `run-${size}`);
  await cp(seeded.dataDir(size), runDir, { recursive: true });
  const server = await startServer(runDir);
  try {
    server.resetLoopDelay();
    await new Promise((resolve) => setTimeout(resolve, options.idleMs));
    const eventLoopIdle = await server.readLoopDelay();
    const [serverIdle, echoIdle, embeddedIdle] = await Promise.all([server.rssMb(), echo.rssMb(), server.childrenRssMb()]);
    const { coordinator, barnehageMember } = benchUsers(await tenantOf(server));
    const pairs = operationPairs({
      serverUrl: server.baseUrl,
      echoUrl: echo.baseUrl,
      serviceUrl: connector.url,
      tenantId: coordinator.tenantId,
      coordinatorToken: await devToken(server.baseUrl, coordinator.id),
      cardUserId: barnehageMember.id,
      cardSettlementIds: seeded.cardSettlementIds,
    });
    let serverPeak = serverIdle;
    const operations = await measureOperations(pairs, {
      rounds: options.rounds,
      sequential: options.sequential,
      concurrent: options.concurrent,
      batchMaxMs: options.batchMaxMs,
      warmup: options.warmup,
      onBatch: async () => {
        serverPeak = Math.max(serverPeak, await server.rssMb());
      },
    });
    const [serverAfter, echoAfter, embeddedAfter] = await Promise.all([server.rssMb(), echo.rssMb(), server.childrenRssMb()]);
    // Last, as it changes what it measures: how much of "after" is held data, how much garbage and pages not yet returned.
    const [serverAfterGc, echoAfterGc] = await Promise.all([server.readMemoryAfterGc(), echo.readMemoryAfterGc()]);
    return {
      settlements: size,
      serverStartupMs: Math.round(server.startupMs),
      seedMs: Math.round(seeded.seedMs.get(size) ?? 0),
      rssMb: {
        serverIdle,
        serverPeak,
        serverAfter,
        echoIdle,
        echoAfter,
        embeddedIdle: embeddedIdle ?? null,
        embeddedAfter: embeddedAfter ?? null,
      },
      memoryAfterGc: { server: serverAfterGc, echo: echoAfterGc },
      eventLoopIdle,
      operations,
    };
  } finally {
    await server.stop();
  }
}

async function tenantOf(server: MeasuredProcess): Promise<string> {
  return ((await (await fetch(`${server.baseUrl}/api/session-config`)).json()) as { tenantId: string }).tenantId;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = benchOptions(process.argv.slice(2), process.env, {
    outputDir: path.join(ROOT, 'bench'),
    workDir: path.join(os.tmpdir(), 'introteam-bench'),
  });
  runBench(options).catch((error: unknown) => {
    console.error('Ytelsesmålingen feilet:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
