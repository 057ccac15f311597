import v8 from 'node:v8';
import vm from 'node:vm';

/** A measured process's memory right after a full garbage collection (MB): what it really holds. */
export interface MemoryAfterGc {
  readonly heapUsedMb: number;
  readonly heapTotalMb: number;
  readonly rssMb: number;
}

let collectGarbage: (() => void) | undefined;

const mb = (bytes: number): number => Math.round(bytes / 104_857.6) / 10;

/**
 * Runs a full garbage collection, waits for V8 to hand freed pages back, and reads the memory. Only at
 * the end of a measurement (it changes the heap it measures): RSS after load minus this is garbage and
 * pages V8 has not returned yet, not data the server keeps.
 */
export async function memoryAfterGc(settleMs = 500): Promise<MemoryAfterGc> {
  if (collectGarbage === undefined) {
    // The flag only reaches contexts made after it is set, hence the new context.
    v8.setFlagsFromString('--expose-gc');
    collectGarbage = vm.runInNewContext('gc') as () => void;
  }
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const usage = process.memoryUsage();
  return { heapUsedMb: mb(usage.heapUsed), heapTotalMb: mb(usage.heapTotal), rssMb: mb(usage.rss) };
}
