import type { Sample } from './timed-request.js';

/** The samples of one batch and how long it took from first request to last answer. */
export interface BatchResult {
  readonly samples: readonly Sample[];
  readonly wallMs: number;
}

/** How one batch runs: `clients` loops in parallel until `requests` are sent or `maxMs` has passed (at least one each). */
export interface BatchOptions {
  readonly clients: number;
  readonly requests: number;
  readonly maxMs: number;
}

/** Runs `send(i)` for i = 0 … requests-1 over `clients` concurrent loops; a thrown error counts as a failed sample. */
export async function runBatch(send: (index: number) => Promise<Sample>, options: BatchOptions): Promise<BatchResult> {
  const samples: Sample[] = [];
  let next = 0;
  const started = performance.now();
  const deadline = started + options.maxMs;
  const client = async (): Promise<void> => {
    let sentByMe = 0;
    while (next < options.requests && (sentByMe === 0 || performance.now() < deadline)) {
      const index = next++;
      sentByMe += 1;
      const before = performance.now();
      try {
        samples.push(await send(index));
      } catch {
        samples.push({ ms: performance.now() - before, ok: false });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.clients, options.requests) }, client));
  return { samples, wallMs: performance.now() - started };
}
