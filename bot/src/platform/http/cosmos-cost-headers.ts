import type { Request, RequestHandler, Response } from 'restify';
import { emptyCosmosTally, runMetered } from '../storage/cosmos/cosmos-meter.js';

/** The response headers that carry a request's Cosmos DB cost (outside production only). */
export const COSMOS_COST_HEADERS = {
  roundTrips: 'X-Introteam-Cosmos-Round-Trips',
  requestCharge: 'X-Introteam-Cosmos-Request-Charge',
} as const;

/**
 * Middleware that counts the Cosmos DB round trips of each request (a bot turn included: its invoke
 * response is this request's response). With `expose`, the response carries the count, the request
 * charge and `Server-Timing: cosmos;dur=<ms waiting on Cosmos>` — for the bench and for developers;
 * production leaves them out. Must run after the body parser: the body is read in the socket's async
 * context, so a scope opened before it would be lost.
 */
export function cosmosCostHeaders(expose: boolean): RequestHandler {
  return (_req: Request, res: Response, next: () => void) => {
    const tally = emptyCosmosTally();
    if (expose) {
      const writeHead = res.writeHead;
      res.writeHead = function writeHeadWithCosmosCost(this: Response, ...args: unknown[]) {
        if (!res.headersSent) {
          res.setHeader(COSMOS_COST_HEADERS.roundTrips, String(tally.roundTrips));
          res.setHeader(COSMOS_COST_HEADERS.requestCharge, tally.requestCharge.toFixed(2));
          res.setHeader('Server-Timing', `cosmos;dur=${tally.waitingMs.toFixed(1)}`);
        }
        return (writeHead as (...a: unknown[]) => Response).apply(this, args);
      } as Response['writeHead'];
    }
    runMetered(tally, next);
  };
}
