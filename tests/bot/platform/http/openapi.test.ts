import assert from 'node:assert/strict';
import { toOpenApiPath } from '../../../../bot/src/platform/http/openapi-document.js';
import { startAppHarness, type AppHarness } from '../../../support/http/app-harness.js';

/** Routes that are not part of the tab's JSON API (the bot endpoint and the document itself). */
const NOT_API = new Set(['POST /api/messages', 'GET /api/openapi.json']);

describe('OpenAPI document', () => {
  let harness: AppHarness;
  before(async () => {
    harness = await startAppHarness();
  });
  after(async () => harness.close());

  it('should describe exactly the API routes the server has registered', async () => {
    const document = (await (await fetch(`${harness.baseUrl}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    assert.equal(document.openapi, '3.1.0');
    const documented = Object.entries(document.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    const routes = Object.values(harness.app.server.router.getRoutes() as unknown as Record<string, { method: string; path: string }>);
    const registered = routes
      .filter((route) => route.path.startsWith('/api/'))
      .map((route) => `${route.method} ${route.path}`)
      .filter((key) => !NOT_API.has(key))
      .map((key) => {
        const [method, path] = key.split(' ');
        return `${method === 'DELETE' ? 'DELETE' : method} ${toOpenApiPath(path!)}`;
      })
      .sort();
    assert.ok(registered.length >= 6, `found ${registered.length} routes`);
    assert.deepEqual(documented, registered);
  });

  it('should mark authenticated routes with the SSO security scheme and document 401', async () => {
    const document = (await (await fetch(`${harness.baseUrl}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, ReturnType<typeof JSON.parse>>>;
    };
    const me = document.paths['/api/me']?.get;
    assert.deepEqual(me.security, [{ teamsSso: [] }]);
    assert.ok(me.responses['401']);
    assert.equal(document.paths['/api/session-config']?.get.security, undefined);
  });
});
