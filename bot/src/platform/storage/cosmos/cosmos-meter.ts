import { AsyncLocalStorage } from 'node:async_hooks';
import type { Plugin, PluginConfig } from '@azure/cosmos';

/** What one request, bot turn or job cost in Cosmos DB, counted at the client. */
export interface CosmosTally {
  /** Network requests sent to Cosmos DB (a query's plan and each of its pages count, as do retries). */
  roundTrips: number;
  /** Request units charged (`x-ms-request-charge`), summed. */
  requestCharge: number;
  /** Wall-clock milliseconds with at least one Cosmos request in flight (overlapping requests count once). */
  waitingMs: number;
  /** One entry per round trip, e.g. `read item`, `query item`, `create item` (for tests and diagnosis; no ids). */
  readonly operations: string[];
}

interface Scope {
  readonly tally: CosmosTally;
  inFlight: number;
  busySince: number;
}

const scopes = new AsyncLocalStorage<Scope>();

/**
 * Counts the Cosmos DB round trips of whatever runs inside {@link meterCosmos}: a plugin of
 * `@azure/cosmos` that sees every network request (createCosmosClient installs it), attributed to
 * the current async context. Outside a metered scope it costs one lookup and counts nothing.
 */
export const cosmosMeterPlugin: PluginConfig = {
  on: 'request',
  plugin: (async (context, _diagnostics, next) => {
    const scope = scopes.getStore();
    if (!scope) return next(context);
    scope.tally.roundTrips += 1;
    scope.tally.operations.push(`${context.operationType ?? context.method} ${context.resourceType ?? ''}`.trim());
    if (scope.inFlight++ === 0) scope.busySince = performance.now();
    try {
      const response = await next(context);
      scope.tally.requestCharge += chargeOf(response.headers?.['x-ms-request-charge']);
      return response;
    } catch (error) {
      scope.tally.requestCharge += chargeOf((error as { headers?: Record<string, unknown> })?.headers?.['x-ms-request-charge']);
      throw error;
    } finally {
      if (--scope.inFlight === 0) scope.tally.waitingMs += performance.now() - scope.busySince;
    }
  }) as Plugin<unknown>,
};

/** A fresh, empty tally. */
export function emptyCosmosTally(): CosmosTally {
  return { roundTrips: 0, requestCharge: 0, waitingMs: 0, operations: [] };
}

/** Runs `work` with its own tally (nested scopes count only their own work) and returns both. */
export async function meterCosmos<T>(
  work: () => Promise<T>,
  tally: CosmosTally = emptyCosmosTally(),
): Promise<{ result: T; tally: CosmosTally }> {
  const result = await scopes.run({ tally, inFlight: 0, busySince: 0 }, work);
  return { result, tally };
}

/** Runs a synchronous `start` (e.g. restify's `next`) in a scope that counts into `tally`; async work it starts is counted too. */
export function runMetered(tally: CosmosTally, start: () => void): void {
  scopes.run({ tally, inFlight: 0, busySince: 0 }, start);
}

function chargeOf(header: unknown): number {
  const charge = typeof header === 'number' ? header : Number.parseFloat(String(header ?? ''));
  return Number.isFinite(charge) ? charge : 0;
}
