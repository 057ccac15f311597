import { z } from 'zod';

/** How the bot authenticates to the Bot Framework (MicrosoftAppType). */
export type BotAppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

/** Bot Framework credentials; empty `appId` is only allowed in development (Agents Playground). */
export interface BotConfig {
  readonly appId: string;
  readonly appPassword: string;
  readonly appType: BotAppType;
  readonly appTenantId: string;
}

/** How the tab API authenticates callers. */
export type TabAuthConfig =
  | {
      readonly kind: 'sso';
      readonly clientId: string;
      readonly audiences: readonly string[];
      readonly allowedTenantIds: readonly string[];
    }
  | { readonly kind: 'dev'; readonly tenantId: string }
  /** Neither Entra settings nor DEV_SIGN_IN=1: the tab API refuses every caller. */
  | { readonly kind: 'unconfigured' };

/** Where Cosmos DB is: Azure (or the official emulator) by endpoint, or the embedded local server. */
export type CosmosConfig =
  | { readonly kind: 'remote'; readonly endpoint: string; readonly key?: string; readonly databaseName: string }
  | { readonly kind: 'embedded'; readonly dataDir: string; readonly databaseName: string };

/** The whole validated configuration of one Introteam process. */
export interface AppConfig {
  readonly mode: 'production' | 'development';
  readonly host: string;
  readonly port: number;
  /** Base URL the tab and deep links are served from, without trailing slash. */
  readonly publicUrl: string;
  readonly bodyLimitBytes: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly bot: BotConfig;
  readonly tabAuth: TabAuthConfig;
  readonly cosmos: CosmosConfig;
  /** Teams app id (manifest id) for deep links into the tab; empty locally. */
  readonly teamsAppId: string;
  readonly playgroundPort: number;
  /** Units that get their own Agents Playground locally (all by default). */
  readonly playgroundUnits: readonly string[] | 'all';
  /** How long tenants, users, units and channel bindings are cached (ms); 0 = not cached. */
  readonly directoryCacheTtlMs: number;
  /** Every API response is checked against its contract schema (a drift answers 500): on outside production. */
  readonly validateResponses: boolean;
}

/**
 * Default for DIRECTORY_CACHE_SECONDS: tenants, users, units and channel bindings change rarely, and
 * a change in this process is seen at once; another instance sees it within this many milliseconds.
 */
export const DEFAULT_DIRECTORY_CACHE_TTL_MS = 30_000;

/** The tenant id of the seeded demo municipality used in development. */
export const DEMO_TENANT_ID = '7d1a5c3e-0b8f-4e2a-9c6d-2f4b8a1e0d17';

/** Thrown when the environment is invalid; `problems` say, in Norwegian, how to fix each value. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Ugyldig konfigurasjon:\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
  }
}

const csv = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The hosts that only this machine can reach; dev sign-in is refused on any other. */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', '::1', 'localhost']);

const envSchema = z.object({
  NODE_ENV: z.string().optional(),
  DEV_SIGN_IN: z.enum(['0', '1'], { message: 'DEV_SIGN_IN må være 1 (slå på innlogging med demobrukere lokalt) eller 0.' }).optional(),
  HOST: z.string().optional(),
  PORT: z
    .string()
    .regex(/^\d+$/, 'PORT må være et portnummer, f.eks. PORT=3978.')
    .transform(Number)
    .refine((n) => n > 0 && n < 65536, 'PORT må være mellom 1 og 65535.')
    .optional(),
  PUBLIC_URL: z.url({ message: 'PUBLIC_URL må være en full URL, f.eks. https://introteam.kommune.no.' }).optional(),
  BODY_LIMIT_BYTES: z.string().regex(/^\d+$/, 'BODY_LIMIT_BYTES må være et heltall (bytes), f.eks. 262144.').transform(Number).optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'LOG_LEVEL må være en av fatal, error, warn, info, debug, trace, silent.',
    })
    .optional(),
  MicrosoftAppId: z.string().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppType: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
      message: 'MicrosoftAppType må være MultiTenant, SingleTenant eller UserAssignedMSI.',
    })
    .optional(),
  MicrosoftAppTenantId: z.string().optional(),
  ENTRA_CLIENT_ID: z.string().optional(),
  ENTRA_APP_ID_URI: z.string().optional(),
  ENTRA_TENANT_IDS: z.string().optional(),
  COSMOS_ENDPOINT: z.url({ message: 'COSMOS_ENDPOINT må være en URL, f.eks. https://<konto>.documents.azure.com:443/.' }).optional(),
  COSMOS_KEY: z.string().optional(),
  COSMOS_DATABASE: z
    .string()
    .regex(/^[A-Za-z0-9-_]{1,64}$/, 'COSMOS_DATABASE kan bare ha bokstaver, tall, - og _.')
    .optional(),
  DATA_DIR: z.string().optional(),
  TEAMS_APP_ID: z.string().optional(),
  DEMO_TENANT_ID: z.string().optional(),
  PLAYGROUND_PORT: z.string().regex(/^\d+$/, 'PLAYGROUND_PORT må være et portnummer.').transform(Number).optional(),
  DIRECTORY_CACHE_SECONDS: z
    .string()
    .regex(/^\d{1,4}$/, 'DIRECTORY_CACHE_SECONDS er antall sekunder (0–9999) brukere, enheter og kanalkoblinger holdes i minnet.')
    .transform(Number)
    .optional(),
  VALIDATE_RESPONSES: z
    .enum(['0', '1'], {
      message: 'VALIDATE_RESPONSES må være 1 (sjekk hvert API-svar mot kontrakten) eller 0; uten verdi er det på utenfor produksjon.',
    })
    .optional(),
  PLAYGROUND_UNITS: z
    .string()
    .regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/, 'PLAYGROUND_UNITS er en kommaseparert liste av enhets-id-er, f.eks. bosetting,barnehage.')
    .optional(),
});

type Env = z.infer<typeof envSchema>;

/** Reads and validates the environment once; throws ConfigError listing every problem. */
export function loadConfig(environment: Readonly<Record<string, string | undefined>>): AppConfig {
  const blankless = Object.fromEntries(Object.entries(environment).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(blankless);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const env = parsed.data;
  // `Production`, `PROD` and friends mean production too: a typo must not switch the safeguards off.
  const production = ['production', 'prod'].includes((env.NODE_ENV ?? '').trim().toLowerCase());
  const host = env.HOST?.trim() || (production ? '0.0.0.0' : '127.0.0.1');
  const entraKeys = Object.keys(blankless).filter((key) => /^ENTRA_/i.test(key));
  const problems = production ? productionProblems(env) : [];
  if (env.DEV_SIGN_IN === '1') problems.push(...devSignInProblems(production, host, entraKeys), ...devSignInWithRealServices(env));
  const tenantIds = csv(env.ENTRA_TENANT_IDS);
  problems.push(...tenantIds.filter((id) => !guid.test(id)).map((id) => `ENTRA_TENANT_IDS: "${id}" er ikke en tenant-id (GUID).`));
  if (env.ENTRA_CLIENT_ID && tenantIds.length === 0) {
    problems.push('ENTRA_TENANT_IDS mangler: oppgi kommunens Entra tenant-id(er), kommaseparert, når ENTRA_CLIENT_ID er satt.');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const port = env.PORT ?? 3978;
  return {
    mode: production ? 'production' : 'development',
    host,
    port,
    publicUrl: (env.PUBLIC_URL ?? `http://127.0.0.1:${port}`).replace(/\/+$/, ''),
    bodyLimitBytes: env.BODY_LIMIT_BYTES ?? 256 * 1024,
    logLevel: env.LOG_LEVEL ?? 'info',
    bot: {
      appId: env.MicrosoftAppId ?? '',
      appPassword: env.MicrosoftAppPassword ?? '',
      appType: env.MicrosoftAppType ?? 'MultiTenant',
      appTenantId: env.MicrosoftAppTenantId ?? '',
    },
    tabAuth: tabAuth(env, tenantIds),
    cosmos: env.COSMOS_ENDPOINT
      ? { kind: 'remote', endpoint: env.COSMOS_ENDPOINT, key: env.COSMOS_KEY, databaseName: env.COSMOS_DATABASE ?? 'introteam' }
      : { kind: 'embedded', dataDir: env.DATA_DIR ?? '.data', databaseName: env.COSMOS_DATABASE ?? 'introteam' },
    teamsAppId: env.TEAMS_APP_ID ?? '',
    playgroundPort: env.PLAYGROUND_PORT ?? 56150,
    playgroundUnits: env.PLAYGROUND_UNITS ? csv(env.PLAYGROUND_UNITS) : 'all',
    directoryCacheTtlMs: env.DIRECTORY_CACHE_SECONDS === undefined ? DEFAULT_DIRECTORY_CACHE_TTL_MS : env.DIRECTORY_CACHE_SECONDS * 1000,
    validateResponses: env.VALIDATE_RESPONSES === undefined ? !production : env.VALIDATE_RESPONSES === '1',
  };
}

function tabAuth(env: Env, tenantIds: string[]): TabAuthConfig {
  if (!env.ENTRA_CLIENT_ID) {
    return env.DEV_SIGN_IN === '1' ? { kind: 'dev', tenantId: env.DEMO_TENANT_ID ?? DEMO_TENANT_ID } : { kind: 'unconfigured' };
  }
  const audiences = [env.ENTRA_CLIENT_ID, ...(env.ENTRA_APP_ID_URI ? [env.ENTRA_APP_ID_URI] : [])];
  return { kind: 'sso', clientId: env.ENTRA_CLIENT_ID, audiences, allowedTenantIds: tenantIds };
}

// Dev sign-in hands out admin tokens to whoever asks, so it is only for a server no one else can reach.
function devSignInProblems(production: boolean, host: string, entraKeys: readonly string[]): string[] {
  const problems: string[] = [];
  if (production) {
    problems.push('DEV_SIGN_IN=1 er ikke lov i produksjon (NODE_ENV=production): fjern DEV_SIGN_IN. Fanen bruker Teams SSO der.');
  }
  if (!LOOPBACK_HOSTS.has(host.trim().toLowerCase())) {
    problems.push(
      `DEV_SIGN_IN=1 krever at serveren bare lytter lokalt: sett HOST=127.0.0.1 (eller ::1 / localhost) i stedet for ${host}, eller fjern DEV_SIGN_IN.`,
    );
  }
  if (entraKeys.length > 0) {
    problems.push(
      `DEV_SIGN_IN=1 kan ikke kombineres med Entra-innstillinger (${entraKeys.join(', ')}): fjern DEV_SIGN_IN for Teams SSO, eller fjern Entra-innstillingene for demobrukere.`,
    );
  }
  return problems;
}

/** Demo users must never reach real data or a real bot: no Azure Cosmos DB, no Bot Framework identity, no public https address. */
function devSignInWithRealServices(env: Env): string[] {
  const real = [
    ...(env.COSMOS_ENDPOINT ? ['COSMOS_ENDPOINT'] : []),
    ...(env.MicrosoftAppId ? ['MicrosoftAppId'] : []),
    ...(env.PUBLIC_URL?.startsWith('https://') ? ['PUBLIC_URL (https)'] : []),
  ];
  return real.length === 0
    ? []
    : [
        `DEV_SIGN_IN=1 kan ikke kombineres med ${real.join(', ')}: demobrukere skal aldri nå ekte data eller en ekte bot. Fjern DEV_SIGN_IN, eller fjern innstillingene.`,
      ];
}

function productionProblems(env: Env): string[] {
  const problems: string[] = [];
  const need = (value: string | undefined, message: string): void => {
    if (!value) problems.push(message);
  };
  need(env.MicrosoftAppId, 'MicrosoftAppId mangler: sett bot-registreringens app-id (Azure Bot → Konfigurasjon).');
  need(env.MicrosoftAppType, 'MicrosoftAppType mangler: sett SingleTenant, MultiTenant eller UserAssignedMSI.');
  need(env.MicrosoftAppTenantId, 'MicrosoftAppTenantId mangler: sett tenant-id-en boten er registrert i.');
  if (env.MicrosoftAppType !== 'UserAssignedMSI') {
    need(env.MicrosoftAppPassword, 'MicrosoftAppPassword mangler: sett bot-hemmeligheten (helst som Key Vault-referanse).');
  }
  need(env.ENTRA_CLIENT_ID, 'ENTRA_CLIENT_ID mangler: fanen krever Teams SSO i produksjon (Entra app-registreringens klient-id).');
  need(env.ENTRA_TENANT_IDS, 'ENTRA_TENANT_IDS mangler: oppgi hvilke tenant-id-er som får bruke Introteam.');
  need(env.COSMOS_ENDPOINT, 'COSMOS_ENDPOINT mangler: produksjon bruker Azure Cosmos DB, ikke den innebygde lokale serveren.');
  need(env.PUBLIC_URL, 'PUBLIC_URL mangler: sett den offentlige adressen til appen, f.eks. https://introteam.kommune.no.');
  return problems;
}
