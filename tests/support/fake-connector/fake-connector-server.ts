import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer; the body defaults to `{ id }` for 2xx and a connector error otherwise. */
export interface ScriptedResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Milliseconds to wait before answering (to provoke client timeouts). */
  readonly delayMs?: number;
}

/** One request the fake connector received, with what it answered. */
export interface RecordedRequest {
  readonly method: 'POST' | 'PUT';
  readonly conversationId: string;
  /** PUT: the activity replaced; POST to …/activities/:id: the activity replied to. */
  readonly activityId?: string;
  readonly activity: Readonly<Record<string, unknown>>;
  readonly status: number;
  /** The activity id answered on 2xx. */
  readonly responseId?: string;
  /** The tenant the activity names (`conversation.tenantId` or `channelData.tenant.id`), if any. */
  readonly tenantId?: string;
  /** The connector's clock (default `Date.now()`) when the request arrived. */
  readonly receivedAt: number;
}

/** What {@link FakeConnectorOptions.gate} sees of a request before it is answered. */
export interface GatedRequest {
  readonly method: 'POST' | 'PUT';
  readonly conversationId: string;
  readonly activityId?: string;
  readonly tenantId?: string;
  /** The connector's clock when the request arrived. */
  readonly at: number;
}

/** Options for {@link startFakeConnector}. */
export interface FakeConnectorOptions {
  /** The clock for `receivedAt` and the gate (default `Date.now`); a test with a manual clock passes its own. */
  readonly now?: () => number;
  /** Answers a request before any script does (e.g. a 429 when a rate limit is exceeded); undefined: the script answers. */
  readonly gate?: (request: GatedRequest) => ScriptedResponse | undefined;
}

/** A loopback stand-in for the Bot Framework connector (Teams' `serviceUrl`). */
export interface FakeConnector {
  /** Put this in conversation references; ends with `/`. */
  readonly serviceUrl: string;
  /** Every request received, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Requests answered with 2xx: the activities Teams would show. */
  accepted(): RecordedRequest[];
  /** Queues answers for the next requests (any conversation); after them, 200s. */
  script(responses: readonly ScriptedResponse[]): void;
  /** Queues answers for the next requests to one conversation; used before the shared script. */
  scriptFor(conversationId: string, responses: readonly ScriptedResponse[]): void;
  /** Forgets requests and scripts. */
  reset(): void;
  close(): Promise<void>;
}

const ROUTE = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

/** Starts a fake connector on 127.0.0.1 (random port): POST/PUT activities, answered from a script. */
export async function startFakeConnector(
  initialScript: readonly ScriptedResponse[] = [],
  options: FakeConnectorOptions = {},
): Promise<FakeConnector> {
  const now = options.now ?? Date.now;
  const requests: RecordedRequest[] = [];
  let shared: ScriptedResponse[] = [...initialScript];
  const perConversation = new Map<string, ScriptedResponse[]>();
  let counter = 0;

  const nextResponse = (conversationId: string): ScriptedResponse =>
    perConversation.get(conversationId)?.shift() ?? shared.shift() ?? { status: 200 };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readBody(request);
    const match = ROUTE.exec(new URL(request.url ?? '/', 'http://localhost').pathname);
    const method = request.method;
    if (match === null || (method !== 'POST' && method !== 'PUT') || (method === 'PUT' && match[2] === undefined)) {
      return answer(response, 404, {}, { error: { code: 'NotFound', message: 'Unknown route' } });
    }
    const conversationId = decodeURIComponent(match[1]!);
    const activityId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    const activity = parse(body);
    const tenantId = tenantOf(activity);
    const at = now();
    const scripted = options.gate?.({ method, conversationId, activityId, tenantId, at }) ?? nextResponse(conversationId);
    const ok = scripted.status >= 200 && scripted.status < 300;
    counter += 1;
    const responseId = ok ? (method === 'PUT' ? activityId! : `activity-${counter}`) : undefined;
    requests.push({
      method,
      conversationId,
      activityId,
      activity,
      status: scripted.status,
      responseId,
      ...(tenantId === undefined ? {} : { tenantId }),
      receivedAt: at,
    });
    if (scripted.delayMs) await new Promise((resolve) => setTimeout(resolve, scripted.delayMs));
    const defaultBody = ok ? { id: responseId } : { error: { code: `Status${scripted.status}`, message: 'scripted failure' } };
    answer(response, scripted.status, scripted.headers ?? {}, scripted.body ?? defaultBody);
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => answer(response, 500, {}, {}));
  });
  // Teams keeps connections open for long; Node's 5 s default would race the bot's kept-alive sockets (ECONNRESET).
  server.keepAliveTimeout = 10 * 60_000;
  server.headersTimeout = 10 * 60_000 + 1_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    requests,
    accepted: () => requests.filter((request) => request.status >= 200 && request.status < 300),
    script: (responses) => {
      shared.push(...responses);
    },
    scriptFor: (conversationId, responses) => {
      perConversation.set(conversationId, [...(perConversation.get(conversationId) ?? []), ...responses]);
    },
    reset: () => {
      requests.length = 0;
      shared = [];
      perConversation.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function tenantOf(activity: Record<string, unknown>): string | undefined {
  const conversation = activity['conversation'] as { tenantId?: unknown } | undefined;
  const channelData = activity['channelData'] as { tenant?: { id?: unknown } } | undefined;
  const tenantId = conversation?.tenantId ?? channelData?.tenant?.id;
  return typeof tenantId === 'string' ? tenantId : undefined;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

function parse(body: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function answer(response: ServerResponse, status: number, headers: Readonly<Record<string, string>>, body: unknown): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}
