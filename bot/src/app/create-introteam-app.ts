import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { AppConfig } from './config.js';
import type { Logger } from '../platform/logging/logger.js';
import { createDevTokenIssuer } from '../platform/http/auth/dev-token-issuer.js';
import { createSsoTokenValidator } from '../platform/http/auth/sso-token-validator.js';
import { refuseAllTokens } from '../platform/http/auth/refuse-all-tokens.js';
import type { TokenValidator } from '../platform/http/auth/token-validator.js';
import type { ApiDependencies } from '../platform/http/api-dependencies.js';
import { createHttpServer } from '../platform/http/create-http-server.js';
import { devSignInRoutes } from '../platform/http/routes/dev-sign-in-routes.js';
import { sessionRoutes } from '../platform/http/routes/session-routes.js';
import type { SettlementServices } from '../features/settlement/settlement-services.js';
import type { TabLinkOptions } from '../features/settlement/use-cases/secure-zone-link.js';
import type { ApiRoute } from '../platform/http/api-route.js';
import { createBotAdapter } from '../platform/teams/create-bot-adapter.js';
import type { FeatureModule } from '../platform/feature-module.js';
import { createFeatureModules } from './create-feature-modules.js';
import { createIntroteamBot } from './create-introteam-bot.js';
import { useNorwegianValidationMessages } from './validation-locale.js';
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
  /** Check each API response against its schema in `contract/`; by default everywhere but in production. */
  readonly validateResponses?: boolean;
}

/** A wired, not yet listening Introteam server. */
export interface IntroteamApp {
  readonly server: Server;
  readonly routes: readonly ApiRoute[];
  /** The wired feature modules, for background work (outbox renderers, housekeeping). */
  readonly modules: readonly FeatureModule[];
  /** The settlement use cases, for tests and scripts. */
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

  const links: TabLinkOptions = { publicUrl: config.publicUrl, teamsAppId: config.teamsAppId };
  const { modules, settlementServices } = createFeatureModules({ repositories, now, newId: randomUUID, links });
  const apiDeps: ApiDependencies = { ...repositories, signInMode, devSignIn };
  const routes = [...sessionRoutes(apiDeps), ...devSignInRoutes(apiDeps), ...modules.flatMap((module) => module.routes ?? [])];
  const bot = createIntroteamBot({ ...repositories, logger, tabUrl: `${config.publicUrl}/tab`, now }, modules);
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
    validateResponses: options.validateResponses ?? config.validateResponses,
    loopbackHostsOnly: devSignIn !== undefined,
    exposeCosmosCost: config.mode !== 'production',
  });
  return {
    server,
    routes,
    modules,
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
