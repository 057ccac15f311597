import { Agent as HttpsAgent } from 'node:https';
import { CosmosClient, type CosmosClientOptions as SdkCosmosClientOptions, type PluginConfig } from '@azure/cosmos';
import { DomainError } from '../../../kernel/domain-error.js';
import { cosmosMeterPlugin } from './cosmos-meter.js';

/** A token credential as `@azure/cosmos` accepts it (e.g. `new DefaultAzureCredential()`). */
export type CosmosTokenCredential = NonNullable<SdkCosmosClientOptions['aadCredentials']>;

/** How to reach Cosmos DB: endpoint plus exactly one of `key` or `credential`. */
export interface CosmosClientOptions {
  /** Account endpoint, e.g. `https://introteam.documents.azure.com:443/` or the embedded server's URL. */
  readonly endpoint: string;
  /** Account key (local embedded server, emulator); leave out when `credential` is given. */
  readonly key?: string;
  /** Entra credential (managed identity in production), created by the caller. */
  readonly credential?: CosmosTokenCredential;
  /** Accept a self-signed TLS certificate; only allowed for a loopback endpoint (the embedded server). */
  readonly trustSelfSignedCertificate?: boolean;
  /** Appended to the SDK's user agent, e.g. `introteam/0.1.0`. */
  readonly userAgentSuffix?: string;
}

/** Creates the one CosmosClient of the process, checking the options first. */
export function createCosmosClient(options: CosmosClientOptions): CosmosClient {
  const url = parseEndpoint(options.endpoint);
  const hasKey = options.key !== undefined && options.key !== '';
  if (hasKey === (options.credential !== undefined)) {
    throw new DomainError(
      'invalid-input',
      'Cosmos DB needs exactly one of a key (COSMOS_KEY) or a credential (managed identity); give one, not both.',
    );
  }
  // `plugins` is a hidden (undocumented in the types) option of @azure/cosmos 4.x, run for every network
  // request; it counts round trips per request, turn or job (cosmos-meter.ts) for the count tests and the bench.
  const sdkOptions: SdkCosmosClientOptions & { plugins: PluginConfig[] } = {
    endpoint: options.endpoint,
    plugins: [cosmosMeterPlugin],
    ...(hasKey ? { key: options.key } : { aadCredentials: options.credential }),
    ...(options.userAgentSuffix === undefined ? {} : { userAgentSuffix: options.userAgentSuffix }),
  };
  if (options.trustSelfSignedCertificate === true) {
    if (!isLoopbackHost(url.hostname)) {
      throw new DomainError(
        'invalid-input',
        `trustSelfSignedCertificate is only allowed for a loopback endpoint (127.0.0.1, ::1, localhost), not ${url.hostname}. ` +
          'Remove it when connecting to Azure Cosmos DB.',
      );
    }
    // The embedded server ships a self-signed certificate; this agent serves that loopback URL only.
    // Endpoint discovery is off so the SDK never swaps the loopback URL for an advertised one.
    return new CosmosClient({
      ...sdkOptions,
      agent: new HttpsAgent({ rejectUnauthorized: false, keepAlive: true }),
      connectionPolicy: { enableEndpointDiscovery: false },
    });
  }
  return new CosmosClient(sdkOptions);
}

/** True for 127.0.0.0/8, ::1 and localhost — the only hosts a self-signed certificate is trusted for. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

function parseEndpoint(endpoint: string): URL {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch (error) {
    throw new DomainError('invalid-input', 'The Cosmos DB endpoint (COSMOS_ENDPOINT) is not a valid URL.', { cause: error });
  }
  if (url.protocol !== 'https:') {
    throw new DomainError('invalid-input', 'The Cosmos DB endpoint (COSMOS_ENDPOINT) must start with https://.');
  }
  return url;
}
