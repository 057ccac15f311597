import assert from 'node:assert/strict';
import { z } from 'zod';
import { defineRoute } from '../../../../bot/src/platform/http/api-route.js';

const response = z.strictObject({ units: z.array(z.strictObject({ id: z.string(), name: z.string() })) });

describe('defineRoute', () => {
  it('should accept a handler when it returns the response shape, also with read-only lists and another status', () => {
    const units: readonly { readonly id: string; readonly name: string }[] = [{ id: 'nav', name: 'NAV' }];
    const route = defineRoute({
      method: 'get',
      path: '/api/units',
      summary: 'Enheter',
      auth: 'none',
      response,
      handle: async () => ({ status: 201, body: { units } }),
    });
    assert.equal(route.path, '/api/units');
  });

  it('should not compile when a handler returns another shape than its response schema', () => {
    const routes = [
      defineRoute({
        method: 'get',
        path: '/api/units',
        summary: 'Enheter',
        auth: 'none',
        response,
        // @ts-expect-error `name` must be a string.
        handle: async () => ({ body: { units: [{ id: 'nav', name: 42 }] } }),
      }),
      defineRoute({
        method: 'get',
        path: '/api/units',
        summary: 'Enheter',
        auth: 'none',
        response,
        // @ts-expect-error `units` is missing.
        handle: async () => ({ body: { unit: [] } }),
      }),
      defineRoute({
        method: 'post',
        path: '/api/units',
        summary: 'Enheter',
        auth: 'none',
        body: z.object({ name: z.string() }),
        response,
        // @ts-expect-error the body is typed from its schema: `name` is a string, not a list.
        handle: async ({ body }) => ({ body: { units: body.name.map((n: string) => ({ id: n, name: n })) } }),
      }),
    ];
    assert.equal(routes.length, 3);
  });
});
