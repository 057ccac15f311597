import { mean, ratio, summarize, type LatencySummary } from '../support/stats.js';
import { runBatch, type BatchResult } from '../support/run-batch.js';
import type { Sample } from '../support/timed-request.js';
import type { OperationPair } from './operations.js';

/** One side (subject or baseline) of an operation, over all rounds. */
export interface SideResult {
  readonly name: string;
  readonly latency: LatencySummary;
  readonly errors: number;
  readonly rpsAt1: number;
  readonly rpsAt20: number;
  /** Mean Cosmos round trips per request (undefined until the server reports them). */
  readonly cosmosRoundTrips?: number;
  readonly cosmosRequestCharge?: number;
  /** Mean ms waiting on Cosmos DB (Server-Timing) and mean total ms, for the split. */
  readonly cosmosMs?: number;
  readonly totalMs: number;
}

/** An operation next to its baseline, with the ratios as the headline. */
export interface OperationResult {
  readonly name: string;
  readonly subject: SideResult;
  readonly baseline: SideResult;
  readonly ratio: { readonly p50?: number; readonly p99?: number; readonly rpsAt20?: number };
}

/** How the rounds run. */
export interface MeasureOptions {
  readonly rounds: number;
  readonly sequential: number;
  readonly concurrent: number;
  readonly batchMaxMs: number;
  /**
   * Unmeasured requests per side and operation before the rounds: a running server has compiled its
   * hot code, opened its connections and prepared its card templates, so the first requests after a
   * start (start-up is measured on its own) would only measure the cold start in the percentiles.
   */
  readonly warmup: number;
  /** Called after each batch (the bench samples RSS under load there). */
  readonly onBatch?: () => Promise<void>;
}

/** Runs every operation in interleaved rounds: baseline, subject, baseline, subject … so machine noise hits both. */
export async function measureOperations(pairs: readonly OperationPair[], options: MeasureOptions): Promise<OperationResult[]> {
  const collected = pairs.map(() => ({ subject: newSide(), baseline: newSide() }));
  for (const pair of pairs) {
    for (let n = 0; n < options.warmup; n++) {
      await pair.baselineRequest(n);
      await pair.subject(n);
    }
    await pair.afterRound?.(options.warmup);
  }
  for (let round = 0; round < options.rounds; round++) {
    for (const [i, pair] of pairs.entries()) {
      const sides = collected[i]!;
      const offset = 0;
      for (const [clients, requests] of [
        [1, options.sequential],
        [20, options.concurrent],
      ] as const) {
        const start = offset + (clients === 1 ? 0 : options.sequential);
        const batch = { clients, requests, maxMs: options.batchMaxMs };
        sides.baseline.add(clients, await runBatch((n) => pair.baselineRequest(start + n), batch));
        sides.subject.add(clients, await runBatch((n) => pair.subject(start + n), batch));
        await options.onBatch?.();
      }
      await pair.afterRound?.(options.sequential + options.concurrent);
    }
  }
  return pairs.map((pair, i) => {
    const subject = collected[i]!.subject.result(pair.name);
    const baseline = collected[i]!.baseline.result(pair.baseline);
    return {
      name: pair.name,
      subject,
      baseline,
      ratio: {
        p50: ratio(subject.latency.p50, baseline.latency.p50),
        p99: ratio(subject.latency.p99, baseline.latency.p99),
        rpsAt20: ratio(subject.rpsAt20, baseline.rpsAt20),
      },
    };
  });
}

function newSide() {
  const latencies: Sample[] = [];
  const throughput = { 1: { requests: 0, wallMs: 0 }, 20: { requests: 0, wallMs: 0 } };
  return {
    add(clients: 1 | 20, batch: BatchResult): void {
      // Latency percentiles from the sequential batches (one client), as a user alone would see them.
      if (clients === 1) latencies.push(...batch.samples);
      throughput[clients].requests += batch.samples.length;
      throughput[clients].wallMs += batch.wallMs;
    },
    result(name: string): SideResult {
      const ok = latencies.filter((sample) => sample.ok);
      const rps = (c: 1 | 20) => Math.round((throughput[c].requests / Math.max(throughput[c].wallMs, 1)) * 1000 * 10) / 10;
      const defined = (values: (number | undefined)[]) => values.filter((v): v is number => v !== undefined);
      const round = (value: number | undefined) => (value === undefined ? undefined : Math.round(value * 100) / 100);
      return {
        name,
        latency: summarize(ok.map((sample) => sample.ms)),
        errors: latencies.length - ok.length,
        rpsAt1: rps(1),
        rpsAt20: rps(20),
        cosmosRoundTrips: round(mean(defined(ok.map((s) => s.roundTrips)))),
        cosmosRequestCharge: round(mean(defined(ok.map((s) => s.requestCharge)))),
        cosmosMs: round(mean(defined(ok.map((s) => s.cosmosMs)))),
        totalMs: round(mean(ok.map((s) => s.ms))) ?? NaN,
      };
    },
  };
}
