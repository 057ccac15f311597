/**
 * Makes botbuilder's connector client send each request exactly once, with a timeout.
 *
 * What botbuilder 4.23 does by itself (read in botframework-connector 4.23.3 and
 * botbuilder-stdlib's `ServiceClientContext`, and measured against a loopback connector):
 * `CloudAdapter` creates a new `ConnectorClient` for every turn, including each
 * `continueConversationAsync`. Its `@azure/core-client` pipeline contains core-rest-pipeline's
 * `defaultRetryPolicy`, which **silently retries** up to 3 times: 429 and 503 after their
 * `Retry-After` (`throttlingRetryStrategy`), 408 and 5xx except 501/505 with exponential backoff
 * from 1 s, and network errors (ECONNRESET, ETIMEDOUT, ECONNREFUSED …). A 500 answered after the
 * post was stored, or a reset connection, would thus post the same card twice, and one outbox
 * attempt could hide four HTTP requests and minutes of waiting. The options cannot turn this
 * off: `ServiceClientContext` passes no `retryOptions` to core-client, and `ConnectorFactoryImpl`
 * overwrites `requestPolicyFactories`. So the retry policy is removed from the per-turn client's
 * pipeline here, by its public policy name, before anything is sent; the outbox owns retrying.
 * There is no request timeout by default either: one is set so that an attempt always ends well
 * before its outbox lease does. Errors then surface as core-rest-pipeline's `RestError` with
 * `statusCode`, `code` (the connector's error code) and `response.headers` (`Retry-After`).
 *
 * The client keeps its pipeline in a private field; this is checked at run time and
 * tests/integration/delivery proves that a 500 costs exactly one request with the installed version.
 */

/** The name core-rest-pipeline gives its retry policy (`defaultRetryPolicyName`). */
export const SDK_RETRY_POLICY_NAME = 'defaultRetryPolicy';

/** Name of the policy that sets our request timeout. */
export const TIMEOUT_POLICY_NAME = 'introteamRequestTimeout';

interface PipelineRequestLike {
  timeout: number;
}

interface PipelineLike {
  removePolicy(options: { name: string }): unknown[];
  addPolicy(policy: {
    name: string;
    sendRequest(request: PipelineRequestLike, next: (request: PipelineRequestLike) => Promise<unknown>): Promise<unknown>;
  }): void;
  getOrderedPolicies(): { name: string }[];
}

/** What {@link configureConnectorPipeline} did. */
export interface PipelineConfiguration {
  /** False when the client's pipeline could not be found (a botbuilder upgrade changed it): the SDK may retry. */
  readonly retriesDisabled: boolean;
}

/**
 * Removes the SDK's retry policy from a turn's connector client and adds a request timeout; the
 * same policy tells `onAnswered` the moment a response (or a failure) is back, before botbuilder
 * processes it, so the pacing counts the request at the latest time Teams can have, and no later.
 */
export function configureConnectorPipeline(connectorClient: unknown, timeoutMs: number, onAnswered?: () => void): PipelineConfiguration {
  const pipeline = pipelineOf(connectorClient);
  if (pipeline === undefined) return { retriesDisabled: false };
  pipeline.removePolicy({ name: SDK_RETRY_POLICY_NAME });
  // Replaced on each call, so a client used for more than one turn tells the current turn's observer.
  pipeline.removePolicy({ name: TIMEOUT_POLICY_NAME });
  pipeline.addPolicy({
    name: TIMEOUT_POLICY_NAME,
    sendRequest: async (request, next) => {
      request.timeout = timeoutMs;
      try {
        return await next(request);
      } finally {
        onAnswered?.();
      }
    },
  });
  const retriesDisabled = !pipeline.getOrderedPolicies().some((policy) => policy.name === SDK_RETRY_POLICY_NAME);
  return { retriesDisabled };
}

function pipelineOf(connectorClient: unknown): PipelineLike | undefined {
  const client = (connectorClient as { client?: { pipeline?: Partial<PipelineLike> } } | undefined)?.client;
  const pipeline = client?.pipeline;
  const usable =
    typeof pipeline?.removePolicy === 'function' &&
    typeof pipeline.addPolicy === 'function' &&
    typeof pipeline.getOrderedPolicies === 'function';
  return usable ? (pipeline as PipelineLike) : undefined;
}
