import { monitorEventLoopDelay } from 'node:perf_hooks';
import { memoryAfterGc } from './memory-after-gc.js';

/**
 * Preloaded into a measured process (`node --import`): keeps an event-loop delay histogram and
 * answers the bench over the IPC channel. It only observes (but for the garbage collection the bench asks
 * for at the very end); the process runs its own code unchanged.
 */
const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();

const ms = (nanoseconds: number): number => Math.round((nanoseconds / 1e6) * 10) / 10;

if (process.send) {
  process.on('message', (message: unknown) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (type === 'loop-delay-reset') histogram.reset();
    if (type === 'memory-after-gc-read') void memoryAfterGc().then((memory) => process.send?.({ type: 'memory-after-gc', ...memory }));
    if (type === 'loop-delay-read') {
      process.send?.({
        type: 'loop-delay',
        p50: ms(histogram.percentile(50)),
        p99: ms(histogram.percentile(99)),
        max: ms(histogram.max),
      });
    }
  });
  // The channel must not keep a process alive that would otherwise end.
  process.channel?.unref();
}
