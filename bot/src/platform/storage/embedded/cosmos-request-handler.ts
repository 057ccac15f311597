import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { routeOf, type InternalAccount } from './embedded-account.js';

/**
 * Answers one Cosmos REST request against the in-memory account: the request handler of
 * `@vercel/cosmosdb-server` 1.0.1 (`lib/index.js`), with keep-alive always on and the
 * handler's error text in the body only (never logged: it could quote a document).
 */
export function handleCosmosRequest(account: InternalAccount, request: IncomingMessage, response: ServerResponse): void {
  void answer(account, request, response).catch(() => {
    if (!response.writableEnded) {
      response.statusCode = 500;
      response.end('');
    }
  });
}

/**
 * The plan of a single-partition query as the Cosmos gateway gives it: nothing for the client to
 * do beyond reading the pages. @azure/cosmos asks for a plan alongside every query (and only uses
 * it when the query itself is refused); the package answers that request by running the whole
 * query a second time, which the gateway does not do, so it is answered here without running it.
 */
const SINGLE_PARTITION_QUERY_PLAN = {
  partitionedQueryExecutionInfoVersion: 2,
  queryInfo: {
    distinctType: 'None',
    top: null,
    offset: null,
    limit: null,
    orderBy: [],
    orderByExpressions: [],
    groupByExpressions: [],
    groupByAliases: [],
    aggregates: [],
    groupByAliasToAggregateType: {},
    rewrittenQuery: '',
    hasSelectValue: false,
    dCountInfo: null,
  },
  queryRanges: [{ min: '', max: 'FF', isMinInclusive: true, isMaxInclusive: false }],
};

async function answer(account: InternalAccount, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const route = routeOf(request);
  let body: Record<string, unknown> | undefined;
  if (isQueryPlanRequest(request) && route !== undefined) {
    request.resume();
    body = SINGLE_PARTITION_QUERY_PLAN;
  } else if (route === undefined) {
    response.statusCode = 400;
    body = { message: 'no route' };
  } else {
    try {
      body = (await route.handler(account, request, response, route.params)) as Record<string, unknown> | undefined;
    } catch (error) {
      body = { message: error instanceof Error ? error.message : '' };
      response.statusCode = 500;
    }
    if (response.statusCode > 399 && body !== undefined && !body.message) {
      body.message = '';
    }
  }
  if (typeof body?._etag === 'string') {
    response.setHeader('etag', body._etag);
  }
  response.setHeader('content-type', 'application/json');
  response.setHeader('content-location', `https://${request.headers.host ?? ''}${request.url ?? ''}`);
  response.setHeader('connection', 'keep-alive');
  response.setHeader('x-ms-activity-id', randomUUID());
  response.setHeader('x-ms-request-charge', '1');
  if (request.headers['x-ms-documentdb-populatequerymetrics']) {
    response.setHeader(
      'x-ms-documentdb-query-metrics',
      'totalExecutionTimeInMs=0.00;queryCompileTimeInMs=0.00;queryLogicalPlanBuildTimeInMs=0.00;queryPhysicalPlanBuildTimeInMs=0.00;' +
        'queryOptimizationTimeInMs=0.00;VMExecutionTimeInMs=0.00;indexLookupTimeInMs=0.00;documentLoadTimeInMs=0.00;' +
        'systemFunctionExecuteTimeInMs=0.00;userFunctionExecuteTimeInMs=0.00;retrievedDocumentCount=0;retrievedDocumentSize=0;' +
        'outputDocumentCount=1;outputDocumentSize=0;writeOutputTimeInMs=0.00;indexUtilizationRatio=0.00',
    );
  }
  if (request.headers['a-im'] && response.statusCode === 200) {
    if (request.headers['if-none-match']) {
      response.statusCode = 304;
    }
    response.setHeader('etag', '1');
  }
  response.end(JSON.stringify(body));
}

function isQueryPlanRequest(request: IncomingMessage): boolean {
  return request.method === 'POST' && String(request.headers['x-ms-cosmos-is-query-plan-request'] ?? '').toLowerCase() === 'true';
}
