import { z } from 'zod';
import type { ApiRoute } from './api-route.js';
import { apiErrorBodySchema } from '../../../../contract/api-error.js';

/** Turns a restify path (`/api/x/:id`) into an OpenAPI path (`/api/x/{id}`). */
export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

const errorResponse = {
  description: 'Feil med kode og norsk melding',
  content: { 'application/json': { schema: z.toJSONSchema(apiErrorBodySchema) } },
};

const STATUS_DESCRIPTIONS: Readonly<Record<number, string>> = { 200: 'OK', 201: 'Opprettet' };

function successResponses(route: ApiRoute): Record<number, unknown> {
  const content = { [route.produces?.contentType ?? 'application/json']: { schema: z.toJSONSchema(route.response, { unrepresentable: 'any' }) } };
  return Object.fromEntries(
    (route.successStatuses ?? [200]).map((status) => [status, { description: STATUS_DESCRIPTIONS[status] ?? 'OK', content }]),
  );
}

/** The OpenAPI 3.1 document of the tab API, generated from the same route table the server registers. */
export function openApiDocument(routes: readonly ApiRoute[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = toOpenApiPath(route.path);
    const parameters = [
      ...[...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => ({
        name: m[1],
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      ...(route.headers ?? []).map((h) => ({
        name: h.name,
        in: 'header',
        required: h.required,
        description: h.description,
        schema: { type: 'string' },
      })),
    ];
    paths[path] ??= {};
    paths[path][route.method] = {
      summary: route.summary,
      ...(route.auth === 'user' ? { security: [{ teamsSso: [] }] } : {}),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: z.toJSONSchema(route.body, { io: 'input', unrepresentable: 'any' }) } },
            },
          }
        : {}),
      responses: {
        ...successResponses(route),
        400: errorResponse,
        // Signed-in routes can also meet a missing or changed document, and every route an outage.
        ...(route.auth === 'user' ? { 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse } : {}),
        500: errorResponse,
        503: errorResponse,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Introteam API',
      version: '0.1.0',
      description: 'REST-API for Introteam-fanen. Alle kall med sikkerhet krever et Teams SSO-token (Bearer).',
    },
    components: { securitySchemes: { teamsSso: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  };
}
