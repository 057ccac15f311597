import path from 'node:path';
import restify, { type Request, type Response, type Server } from 'restify';
import type { IntroteamBot } from '../teams/introteam-bot.js';
import type { IntroteamCloudAdapter } from '../teams/introteam-cloud-adapter.js';
import type { Logger } from '../logging/logger.js';
import type { ApiRoute } from './api-route.js';
import { registerApiRoute } from './register-api-route.js';
import { openApiDocument } from './openapi-document.js';
import { registerTab } from './tab/serve-tab.js';
import { loopbackHostGuard } from './loopback-host-guard.js';
import { cosmosCostHeaders } from './cosmos-cost-headers.js';
import type { TokenValidator } from './auth/token-validator.js';
import type { UserRepository } from '../../kernel/users/user-repository.js';
import type { ApiErrorBody } from '../../../../contract/api-error.js';

/** Options for {@link createHttpServer}. */
export interface HttpServerOptions {
  readonly adapter: IntroteamCloudAdapter;
  readonly bot: IntroteamBot;
  readonly routes: readonly ApiRoute[];
  readonly tokenValidator: TokenValidator;
  readonly users: UserRepository;
  readonly logger: Logger;
  readonly bodyLimitBytes: number;
  /** Folder with the built tab (index.html, main.js, styles.css). */
  readonly tabDirectory: string;
  /** Checks that storage answers; throws if not. */
  readonly checkHealth: () => Promise<void>;
  /** Check each API response against its route's schema (development and tests; see {@link registerApiRoute}). */
  readonly validateResponses: boolean;
  /** Tell each response's Cosmos DB cost in headers (development, tests and the bench; see {@link cosmosCostHeaders}). */
  readonly exposeCosmosCost?: boolean;
  /** Answer only requests addressed to a loopback host name (dev sign-in on: guards against DNS rebinding). */
  readonly loopbackHostsOnly?: boolean;
}

/** The Introteam HTTP server: bot endpoint, tab API, OpenAPI document, health check and the tab. */
export function createHttpServer(options: HttpServerOptions): Server {
  const server = restify.createServer({ name: 'introteam', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: options.bodyLimitBytes, mapParams: false, rejectUnknown: true }));
  if (options.loopbackHostsOnly) server.use(loopbackHostGuard);
  server.use(cosmosCostHeaders(options.exposeCosmosCost ?? false));
  server.use((_req, res, next) => {
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'no-referrer');
    next();
  });
  server.on(
    'restifyError',
    (req: Request, _res: Response, err: { statusCode?: number; name?: string; toJSON?: () => unknown }, callback: () => void) => {
      options.logger.warn({ status: err.statusCode, error: err.name, route: req.getRoute()?.path }, 'request refused');
      const tooLarge = err.statusCode === 413;
      const message = tooLarge
        ? 'Forespørselen er for stor.'
        : err.statusCode === 404
          ? 'Fant ikke adressen.'
          : 'Forespørselen kunne ikke behandles.';
      err.toJSON = (): ApiErrorBody => ({ error: { code: tooLarge ? 'payload-too-large' : 'request-error', message } });
      callback();
    },
  );

  // The Agents Playground (and uptime checks) probe the bot endpoint with HEAD before they use it: say it is
  // there, quietly. Only POST carries activities, and only with a valid Bot Framework token.
  server.head('/api/messages', async (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    res.send(200);
  });
  server.post('/api/messages', async (req: Request, res: Response) => {
    const outcome = await options.adapter.handleIncoming(req.body, req.headers.authorization, (context) => options.bot.run(context));
    res.send(outcome.status, outcome.body);
  });
  server.get('/healthz', async (_req: Request, res: Response) => {
    try {
      await options.checkHealth();
      res.send(200, { status: 'ok', cosmos: 'ok' });
    } catch {
      res.send(503, { status: 'feil', cosmos: 'svarer ikke' });
    }
  });
  const document = openApiDocument(options.routes);
  server.get('/api/openapi.json', async (_req: Request, res: Response) => {
    res.send(200, document);
  });
  for (const route of options.routes) registerApiRoute(server, route, options);
  registerTab(server, path.resolve(options.tabDirectory));
  return server;
}
