import { createServer } from 'node:net';

/** Hands out loopback ports: consecutive from `base` when given (BENCH_PORT), otherwise free ones from the OS. */
export function portAllocator(base?: number): () => Promise<number> {
  let next = base;
  return async () => {
    if (next !== undefined) return next++;
    return freePort();
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
