import type { MemoryAfterGc } from '../probe/memory-after-gc.js';
import type { LoopDelay } from '../support/measured-process.js';
import type { OperationResult } from '../scenarios/measure-operations.js';

/** Start-up to a 200 from /healthz, in ms (median of the tries). */
export interface StartupResult {
  readonly echoBotMs: number;
  readonly serverEmptyMs: number;
}

/** Everything measured at one number of stored settlements. */
export interface SizeResult {
  readonly settlements: number;
  readonly serverStartupMs: number;
  readonly seedMs: number;
  readonly rssMb: {
    readonly serverIdle: number;
    readonly serverPeak: number;
    readonly serverAfter: number;
    readonly echoIdle: number;
    readonly echoAfter: number;
    /** The embedded Cosmos DB process the server forks locally (its own process, not in the server's figures); null without one. */
    readonly embeddedIdle: number | null;
    readonly embeddedAfter: number | null;
  };
  /** After the measurements and a forced full garbage collection: what the server and the echo bot really hold. */
  readonly memoryAfterGc: { readonly server: MemoryAfterGc; readonly echo: MemoryAfterGc };
  readonly eventLoopIdle: LoopDelay;
  readonly operations: readonly OperationResult[];
}

/** The whole run, as written to bench/report.json. */
export interface BenchReport {
  readonly generatedAt: string;
  readonly mode: 'full' | 'short';
  readonly machine: { readonly cpus: number; readonly node: string };
  readonly startup: StartupResult;
  readonly sizes: readonly SizeResult[];
  readonly fanOut: readonly FanOutResult[];
}

/** One registration announced to K unit channels through the connector stand-in. */
export interface FanOutResult {
  readonly channels: number;
  readonly firstToLastMs?: number;
  /** From sending the registration to the first and to the last card (holding cards back to bunch them would show here). */
  readonly requestToFirstMs?: number;
  readonly requestToLastMs?: number;
  readonly minimumMs: number;
  readonly ratio?: number;
  readonly lost: number;
  readonly duplicated: number;
  /** Requests the stand-in refused with 429 (the bot went faster than the limits; it must then honour Retry-After). */
  readonly rejected429: number;
  /** Windows in which more was sent than Teams' limits allow. */
  readonly limitViolations: number;
}
