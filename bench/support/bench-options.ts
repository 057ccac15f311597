/** How much the bench does: the full run, or the short one CI runs so the bench cannot rot. */
export interface BenchOptions {
  readonly short: boolean;
  /** Stored settlements per size. */
  readonly sizes: readonly number[];
  /** Interleaved rounds (baseline and subject alternate within each). */
  readonly rounds: number;
  /** Sequential requests per operation per round (latency and requests/s at 1 client). */
  readonly sequential: number;
  /** Requests per operation per round at 20 concurrent clients. */
  readonly concurrent: number;
  /** Unmeasured requests per side and operation before the rounds. */
  readonly warmup: number;
  /** A batch stops after this long (at least one request per client). */
  readonly batchMaxMs: number;
  /** Idle time before the event-loop delay and idle RSS are read. */
  readonly idleMs: number;
  /** Start-ups of the echo bot and the empty server, alternating. */
  readonly startups: number;
  /** Fan-out sizes (unit channels per registration). */
  readonly fanOut: readonly number[];
  /** `fanout` (BENCH_ONLY=fanout): only the fan-out scenario runs, e.g. to measure delivery on a shared machine. */
  readonly only?: 'fanout';
  readonly outputDir: string;
  readonly workDir: string;
  /** First loopback port (BENCH_PORT); free ports from the OS when absent. */
  readonly basePort?: number;
}

/** Reads `--short` / BENCH_SHORT=1, BENCH_SIZES, BENCH_ONLY, BENCH_PORT and the output folder. */
export function benchOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  defaults: { outputDir: string; workDir: string },
): BenchOptions {
  const short = argv.includes('--short') || env.BENCH_SHORT === '1';
  const sizes = env.BENCH_SIZES
    ? env.BENCH_SIZES.split(',')
        .map(Number)
        .filter((n) => n > 0)
    : short
      ? [20]
      : [20, 1_000, 10_000];
  const common = {
    short,
    sizes,
    outputDir: env.BENCH_OUTPUT_DIR ?? defaults.outputDir,
    workDir: env.BENCH_WORK_DIR ?? defaults.workDir,
    ...(env.BENCH_PORT ? { basePort: Number(env.BENCH_PORT) } : {}),
  };
  const full = short
    ? { ...common, rounds: 1, sequential: 2, concurrent: 20, warmup: 1, batchMaxMs: 5_000, idleMs: 500, startups: 1, fanOut: [6] }
    : { ...common, rounds: 3, sequential: 15, concurrent: 40, warmup: 10, batchMaxMs: 8_000, idleMs: 16_000, startups: 3, fanOut: [6, 50] };
  // The fan-out alone: no start-ups, no seeded sizes (delivery is measured without the rest of the bench).
  return env.BENCH_ONLY === 'fanout' ? { ...full, only: 'fanout' as const, startups: 0, sizes: [] } : full;
}
