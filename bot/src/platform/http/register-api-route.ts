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
  /**
   * Checks every successful body against the route's response schema and answers 500 (logged)
   * when it does not match, so a handler drifting from `contract/` fails in development and tests.
   * Off in production, where the check would only cost time.
   */
  readonly validateResponses?: boolean;
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
      if (options.validateResponses) checkResponse(route, result.status ?? 200, result.body);
      res.header('Cache-Control', 'no-store');
      if (route.produces && typeof result.body === 'string') {
        const file = Buffer.from(result.body, 'utf8');
        res.writeHead(result.status ?? 200, {
          'Content-Type': route.produces.contentType,
          'Content-Length': String(file.length),
          'Content-Disposition': `attachment; filename="${route.produces.fileName().replace(/[^A-Za-z0-9._-]/g, '_')}"`,
        });
        res.end(file);
        return;
      }
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

/** Where a response differs from its schema: the field's path, zod's code, and unexpected key names. */
interface ResponseIssue {
  readonly path: string;
  readonly code: string;
  readonly keys?: readonly string[];
}

/** Thrown when a handler's body does not match its response schema: a bug, so the caller gets the internal message. */
class ResponseContractError extends Error {
  override readonly name = 'ResponseContractError';
  constructor(readonly issues: readonly ResponseIssue[]) {
    super("The response does not match the route's response schema.");
  }
}

function checkResponse(route: ApiRoute, status: number, body: unknown): void {
  if (!(route.successStatuses ?? [200]).includes(status))
    throw new ResponseContractError([{ path: '', code: `undocumented-status-${status}` }]);
  // What the client gets: JSON drops `undefined` fields and turns `undefined` in a list into `null`.
  const sent: unknown = body === undefined ? undefined : JSON.parse(JSON.stringify(body));
  const parsed = route.response.safeParse(sent);
  if (parsed.success) return;
  // Paths, codes and key names only: the body may hold names of persons, which never go to the log.
  const issues = parsed.error.issues.slice(0, 10).map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    ...(issue.code === 'unrecognized_keys' ? { keys: issue.keys } : {}),
  }));
  throw new ResponseContractError(issues);
}

function errorSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  if (error instanceof ResponseContractError) return { name: error.name, issues: error.issues };
  return { name: error.name, code: (error as { code?: unknown }).code, stack: error.stack };
}
