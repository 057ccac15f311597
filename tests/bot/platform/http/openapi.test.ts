import assert from 'node:assert/strict';
import { z } from 'zod';
import { toOpenApiPath } from '../../../../bot/src/platform/http/openapi-document.js';
import { findFreeSchemas } from '../../../support/http/free-schemas.js';
import { startAppHarness, type AppHarness } from '../../../support/http/app-harness.js';

/** Routes that are not part of the tab's JSON API (the bot endpoint and the document itself). */
const NOT_API = new Set(['POST /api/messages', 'HEAD /api/messages', 'GET /api/openapi.json']);

/** Changing routes that take no body: the path says it all. */
const BODYLESS = new Set(['POST /api/settlements/{settlementId}/units/{unitId}/redeliver']);

/** One operation of the document, as far as these tests read it. */
interface Operation {
  readonly requestBody?: { readonly content: { readonly 'application/json': { readonly schema: unknown } } };
  readonly responses: Readonly<Record<string, { readonly content?: { readonly 'application/json'?: { readonly schema: unknown } } }>>;
}

async function operations(harness: AppHarness): Promise<[string, Operation][]> {
  const document = (await (await fetch(`${harness.baseUrl}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, Operation>>;
  };
  return Object.entries(document.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]): [string, Operation] => [`${method.toUpperCase()} ${path}`, operation]),
  );
}

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

  it('should describe every success response with a real schema, open-ended only for the Adaptive Card', async () => {
    const openEnded: string[] = [];
    for (const [route, operation] of await operations(harness)) {
      const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      assert.ok(successes.length > 0, `${route} documents no success`);
      for (const [status, response] of successes) {
        // JSON, or a file's type for a file route (the audit CSV).
        const schema = (Object.values(response.content ?? {})[0] as { schema?: unknown } | undefined)?.schema;
        assert.ok(schema, `${route} ${status} has no schema`);
        const report = findFreeSchemas(schema);
        assert.deepEqual(report.free, [], `${route} ${status} has free records or any-schemas`);
        for (const node of report.openEnded) {
          assert.equal(node.title, 'AdaptiveCard', `${route} ${status}: only a card may be open-ended (${node.path})`);
          openEnded.push(`${route} ${node.path}`);
        }
      }
    }
    assert.deepEqual([...new Set(openEnded)], ['GET /api/shell-card $.card']);
  });

  it('should describe the request body of every changing route with a real schema', async () => {
    const changing = (await operations(harness)).filter(([route]) => /^(POST|PUT|PATCH) /.test(route) && !BODYLESS.has(route));
    assert.ok(changing.length >= 7, `found ${changing.length} changing routes`);
    for (const [route, operation] of changing) {
      const schema = operation.requestBody?.content['application/json'].schema as { type?: string; properties?: object } | undefined;
      assert.ok(schema, `${route} has no request body`);
      assert.equal(schema.type, 'object', `${route}: the body is not an object`);
      assert.ok(schema.properties && Object.keys(schema.properties).length > 0, `${route}: the body names no fields`);
      const report = findFreeSchemas(schema);
      assert.deepEqual(report.free, [], `${route} has free records or any-schemas in its body`);
      assert.deepEqual(report.openEnded, [], `${route} takes open-ended JSON`);
    }
  });

  it('should find a free record, a bare object and an any-schema when a schema has them', () => {
    const schema = z.toJSONSchema(
      z.object({ a: z.record(z.string(), z.unknown()), b: z.looseObject({}), c: z.unknown(), d: z.record(z.string(), z.number()) }),
    );
    assert.deepEqual(findFreeSchemas(schema).free, ['$.a', '$.a.additionalProperties', '$.b', '$.b.additionalProperties', '$.c']);
  });
});
