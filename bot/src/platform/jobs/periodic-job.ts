import type { Logger } from '../logging/logger.js';

/** A periodic job that never overlaps with itself and logs (without payloads) when it fails. */
export interface PeriodicJob {
  stop(): Promise<void>;
}

/** Runs `work` every `intervalMs` (first run after `initialDelayMs`), one run at a time; `stop` waits for a run in flight. */
export function startPeriodicJob(
  name: string,
  intervalMs: number,
  work: () => Promise<void>,
  logger: Logger,
  initialDelayMs = 0,
): PeriodicJob {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = (): void => {
    running = work()
      .catch((error: unknown) =>
        logger.warn(
          { job: name, err: { name: (error as Error)?.name, code: (error as { code?: string })?.code } },
          'background job failed',
        ),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, initialDelayMs);
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
