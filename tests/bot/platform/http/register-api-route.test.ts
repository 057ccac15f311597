import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import { z } from 'zod';
import { defineRoute, type ApiRoute } from '../../../../bot/src/platform/http/api-route.js';
import { refuseAllTokens } from '../../../../bot/src/platform/http/auth/refuse-all-tokens.js';
import { registerApiRoute } from '../../../../bot/src/platform/http/register-api-route.js';
import { INTERNAL_ERROR_MESSAGE } from '../../../../bot/src/platform/user-message.js';
import { InMemoryUserRepository } from '../../../support/fakes/in-memory-user-repository.js';
import { RecordingLogger } from '../../../support/recording-logger.js';

const response = z.strictObject({ person: z.strictObject({ personId: z.string(), birthYear: z.int() }) });

/** A route whose handler returns `body` as it is, past the type check, as a drifted handler would. */
function routeReturning(body: unknown, status?: number): ApiRoute {
  return defineRoute({
    method: 'get',
    path: '/api/drift',
    summary: 'Drift',
    auth: 'none',
    successStatuses: [201, 200],
    response,
    handle: async () => ({ status, body: body as z.infer<typeof response> }),
  });
}

async function serve(route: ApiRoute, validateResponses: boolean): Promise<{ server: Server; url: string; logger: RecordingLogger }> {
  const server = restify.createServer();
  const logger = new RecordingLogger();
  registerApiRoute(server, route, { tokenValidator: refuseAllTokens, users: new InMemoryUserRepository(), logger, validateResponses });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/drift`, logger };
}

describe('registerApiRoute', () => {
  let running: Server | undefined;
  afterEach(() => running?.close());

  async function call(route: ApiRoute, validateResponses: boolean) {
    const { server, url, logger } = await serve(route, validateResponses);
    running = server;
    const reply = await fetch(url);
    return { status: reply.status, body: (await reply.json()) as Record<string, unknown>, logger };
  }

  it('should send the body with its status when it matches the response schema', async () => {
    const { status, body } = await call(routeReturning({ person: { personId: 'p1', birthYear: 1990 } }, 201), true);
    assert.equal(status, 201);
    assert.deepEqual(body, { person: { personId: 'p1', birthYear: 1990 } });
  });

  it('should answer 500 with the Norwegian internal message and log where when a field has the wrong type', async () => {
    const { status, body, logger } = await call(routeReturning({ person: { personId: 'p1', birthYear: '1990' } }), true);
    assert.equal(status, 500);
    assert.deepEqual(body, { error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } });
    const line = logger.lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'api request failed');
    assert.deepEqual(line?.err, { name: 'ResponseContractError', issues: [{ path: 'person.birthYear', code: 'invalid_type' }] });
  });

  it('should answer 500 and log the key names, never the values, when the body has a field the contract lacks', async () => {
    const { status, logger } = await call(routeReturning({ person: { personId: 'p1', birthYear: 1990, fullName: 'Amina Haddad' } }), true);
    assert.equal(status, 500);
    assert.ok(logger.lines.some((l) => l.includes('"keys":["fullName"]')));
    assert.ok(!logger.lines.some((l) => l.includes('Amina')), 'a value reached the log');
  });

  it('should answer 500 when the handler answers a success status the route does not document', async () => {
    const { status, logger } = await call(routeReturning({ person: { personId: 'p1', birthYear: 1990 } }, 202), true);
    assert.equal(status, 500);
    assert.ok(logger.lines.some((l) => l.includes('undocumented-status-202')));
  });

  it('should send the body unchecked when response validation is off (production)', async () => {
    const { status, body } = await call(routeReturning({ person: { personId: 'p1', birthYear: '1990' } }), false);
    assert.equal(status, 200);
    assert.deepEqual(body, { person: { personId: 'p1', birthYear: '1990' } });
  });
});
