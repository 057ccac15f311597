import type { Request, Response, Server } from 'restify';
import { ZodError } from 'zod';
import { userError } from '../../kernel/domain-error.js';
import type { UserRepository } from '../../kernel/users/user-repository.js';
import { fallbackMessage } from '../../kernel/validation.js';
import type { Logger } from '../logging/logger.js';
import { apiError } from './api-error-body.js';
import type { ApiRoute } from './api-route.js';
import type { TokenValidator } from './auth/token-validator.js';
import { authenticateRequest } from './authenticate-request.js';
import { formatZodIssues } from './format-zod-issues.js';

/** What registering a route needs beside the route itself. */
export interface RegisterApiRouteOptions {
  readonly tokenValidator: TokenValidator;
  readonly users: UserRepository;
  readonly logger: Logger;
}

/** Registers one API route: authenticates, authorises by role, validates the body, maps errors to Norwegian JSON. */
export function registerApiRoute(server: Server, route: ApiRoute, options: RegisterApiRouteOptions): void {
  const register = { get: server.get, post: server.post, put: server.put, patch: server.patch, delete: server.del }[route.method].bind(
    server,
  );
  register(route.path, async (req: Request, res: Response) => {
    try {
      const user =
        route.auth === 'user' ? await authenticateRequest(req.headers.authorization, options.tokenValidator, options.users) : undefined;
      if (user && route.roles && !user.roles.some((r) => route.roles?.includes(r.role))) {
        throw userError('forbidden', 'Du har ikke en rolle som gir tilgang til dette.');
      }
      const body = route.body ? parseBody(route, req.body) : undefined;
      const result = await route.handle({
        user,
        body,
        params: (req.params ?? {}) as Record<string, string>,
        query: (req.query ?? {}) as Record<string, string>,
        headers: req.headers,
      });
      res.header('Cache-Control', 'no-store');
      res.send(result.status ?? 200, result.body);
    } catch (caught) {
      const error = caught instanceof ZodError ? userError('invalid-input', formatZodIssues(caught)) : caught;
      const { status, body } = apiError(error);
      if (status >= 500) options.logger.error({ route: route.path, code: body.error.code, err: errorSummary(error) }, 'api request failed');
      res.send(status, body);
    }
  });
}

function parseBody(route: ApiRoute, raw: unknown): unknown {
  // A field whose schema forgot its own message gets a Norwegian fallback, never zod's "må matche mønsteret /…/".
  const parsed = route.body!.safeParse(raw ?? {}, { error: (issue) => fallbackMessage(issue) });
  if (!parsed.success) throw userError('invalid-input', formatZodIssues(parsed.error));
  return parsed.data;
}

function errorSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  return { name: error.name, code: (error as { code?: unknown }).code, stack: error.stack };
}
