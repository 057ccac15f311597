import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DomainError } from '../../../kernel/domain-error.js';
import { handleCosmosRequest } from './cosmos-request-handler.js';
import { EMBEDDED_PACKAGE_FOLDER, createAccount, embeddedData, type EmbeddedData, type InternalAccount } from './embedded-account.js';

/**
 * The Cosmos DB emulator's published well-known key. The embedded server accepts any key; this
 * one is used so the same value also works against the official emulator. Not a secret.
 */
export const EMULATOR_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

/** Where the embedded server listens. */
export interface EmbeddedCosmosOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  readonly port?: number;
}

/** A running embedded Cosmos DB server (data in memory only). */
export interface EmbeddedCosmos {
  /** `https://127.0.0.1:<port>`; its certificate is self-signed (use `trustSelfSignedCertificate`). */
  readonly endpoint: string;
  /** The key to give the client. */
  readonly key: string;
  /**
   * How many requests that may change data (anything but reads and queries) have been answered.
   * Counted when the response is sent, so the change is in memory by then: a snapshot can
   * compare it with the value it saw before its last save to know whether anything changed.
   */
  writeCount(): number;
  /** The server's data in memory, for the local snapshot (bypasses the Cosmos API; nothing else should use it). */
  readonly data: EmbeddedData;
  /** Stops listening and closes open connections; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts `@vercel/cosmosdb-server` in this process on the loopback interface only, built from the
 * package's own parts (its account, routes and certificate) so the data in memory is reachable
 * for the snapshot. Keep-alive is on: without it every request pays a new TLS handshake.
 */
export async function startEmbeddedCosmos(options: EmbeddedCosmosOptions = {}): Promise<EmbeddedCosmos> {
  let account: InternalAccount | undefined;
  let writes = 0;
  const server = createServer(
    {
      cert: readFileSync(join(EMBEDDED_PACKAGE_FOLDER, 'cert.pem')),
      key: readFileSync(join(EMBEDDED_PACKAGE_FOLDER, 'key.pem')),
      minVersion: 'TLSv1.2',
      keepAlive: true,
    },
    (request, response) => {
      if (account === undefined) {
        response.statusCode = 503;
        response.end('');
        return;
      }
      if (mayChangeData(request)) {
        response.once('finish', () => {
          writes += 1;
        });
      }
      handleCosmosRequest(account, request, response);
    },
  );
  // The client keeps its connections; a server that closes an idle one after Node's default 5 s
  // races the client's next request on it (ECONNRESET). Loopback only, so idle connections are cheap.
  server.keepAliveTimeout = 10 * 60_000;
  server.headersTimeout = 10 * 60_000 + 1_000;
  const requestedPort = options.port ?? 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error): void =>
      reject(
        new DomainError(
          'storage-unavailable',
          `The embedded Cosmos DB server could not listen on 127.0.0.1:${requestedPort}; choose another port or stop the process using it.`,
          { cause: error },
        ),
      );
    server.once('error', fail);
    server.listen(requestedPort, '127.0.0.1', () => {
      server.off('error', fail);
      account = createAccount('127.0.0.1', (server.address() as AddressInfo).port);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let stopped: Promise<void> | undefined;
  return {
    endpoint: `https://127.0.0.1:${port}`,
    key: EMULATOR_KEY,
    writeCount: () => writes,
    data: embeddedData(() => account),
    stop: () => {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}

/** Reads (GET, HEAD) and queries (POST marked as a query) change nothing; everything else may. */
function mayChangeData(request: IncomingMessage): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') {
    return false;
  }
  const isQuery = String(request.headers['x-ms-documentdb-isquery'] ?? '').toLowerCase() === 'true';
  return !(request.method === 'POST' && (isQuery || request.headers['content-type'] === 'application/query+json'));
}
