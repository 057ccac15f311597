import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { AppConfig } from '../config.js';
import type { Logger } from '../logging/logger.js';
import { createDevTokenIssuer } from '../http/auth/dev-token-issuer.js';
import { createSsoTokenValidator } from '../http/auth/sso-token-validator.js';
import { refuseAllTokens } from '../http/auth/refuse-all-tokens.js';
import type { TokenValidator } from '../http/auth/token-validator.js';
import type { ApiDependencies } from '../http/api-dependencies.js';
import { createHttpServer } from '../http/create-http-server.js';
import { devSignInRoutes } from '../http/routes/dev-sign-in-routes.js';
import { sessionRoutes } from '../http/routes/session-routes.js';
import { tenantRoutes } from '../http/routes/tenant-routes.js';
import { settlementRoutes } from '../http/routes/settlement-routes.js';
import { routineAdminRoutes } from '../http/routes/routine-admin-routes.js';
import { createSettlementServices } from './create-settlement-services.js';
import type { SettlementServices } from '../settlements/settlement-services.js';
import type { TabLinkOptions } from '../settlements/secure-zone-link.js';
import type { ApiRoute } from '../http/api-route.js';
import { createBotAdapter } from '../teams/create-bot-adapter.js';
import { IntroteamBot } from '../teams/introteam-bot.js';
import { useNorwegianValidationMessages } from '../validation-locale.js';
import type { Repositories } from './create-repositories.js';

/** What the app is built from; the entry points (and tests) create these. */
export interface IntroteamAppOptions {
  readonly config: AppConfig;
  readonly repositories: Repositories;
  readonly logger: Logger;
  readonly tabDirectory: string;
  readonly checkHealth: () => Promise<void>;
  /** Replaces the SSO validator (tests use locally generated keys). */
  readonly tokenValidator?: TokenValidator;
  readonly now?: () => Date;
}

/** A wired, not yet listening Introteam server. */
export interface IntroteamApp {
  readonly server: Server;
  readonly routes: readonly ApiRoute[];
  /** The settlement use cases, for background jobs (reminders, the outbox renderer). */
  readonly settlementServices: SettlementServices;
  readonly links: TabLinkOptions;
  readonly adapter: CloudAdapter;
  /** Starts listening; resolves with the base URL. */
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

/** Wires configuration, repositories, bot and API into one server. The only place that composes them. */
export function createIntroteamApp(options: IntroteamAppOptions): IntroteamApp {
  useNorwegianValidationMessages();
  const { config, repositories, logger } = options;
  const now = options.now ?? (() => new Date());
  const devSignIn =
    config.tabAuth.kind === 'dev' && config.mode !== 'production'
      ? { tenantId: config.tabAuth.tenantId, issuer: createDevTokenIssuer({ tenantId: config.tabAuth.tenantId }) }
      : undefined;
  const tokenValidator =
    options.tokenValidator ??
    (config.tabAuth.kind === 'sso'
      ? createSsoTokenValidator({ audiences: config.tabAuth.audiences, allowedTenantIds: config.tabAuth.allowedTenantIds })
      : (devSignIn?.issuer.validator ?? refuseAllTokens));
  const signInMode = config.tabAuth.kind === 'sso' ? 'sso' : devSignIn ? 'dev' : 'unconfigured';

  const settlementServices = createSettlementServices(repositories, logger, now, randomUUID);
  const links: TabLinkOptions = { publicUrl: config.publicUrl, teamsAppId: config.teamsAppId };
  const apiDeps: ApiDependencies = { ...repositories, tokenValidator, signInMode, devSignIn, settlementServices };
  const routes = [
    ...sessionRoutes(apiDeps),
    ...devSignInRoutes(apiDeps),
    ...tenantRoutes(apiDeps),
    ...settlementRoutes(apiDeps),
    ...routineAdminRoutes(apiDeps),
  ];
  const bot = new IntroteamBot({
    ...repositories,
    logger,
    tabUrl: `${config.publicUrl}/tab`,
    now,
    newId: randomUUID,
    settlementServices,
    links,
  });
  const adapter = createBotAdapter({ bot: config.bot, logger });
  const server = createHttpServer({
    adapter,
    bot,
    routes,
    tokenValidator,
    users: repositories.users,
    logger,
    bodyLimitBytes: config.bodyLimitBytes,
    tabDirectory: options.tabDirectory,
    checkHealth: options.checkHealth,
  });
  return {
    server,
    routes,
    settlementServices,
    links,
    adapter,
    listen: (port, host) =>
      new Promise((resolve) => {
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          resolve(`http://${address.address}:${address.port}`);
        });
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
