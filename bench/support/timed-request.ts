/** One measured request: its latency and what the server said it cost in Cosmos DB. */
export interface Sample {
  readonly ms: number;
  readonly ok: boolean;
  /** `X-Introteam-Cosmos-Round-Trips`, when the server sends it. */
  readonly roundTrips?: number;
  /** `X-Introteam-Cosmos-Request-Charge` (RU), when the server sends it. */
  readonly requestCharge?: number;
  /** `Server-Timing: cosmos;dur=…`: time spent waiting on Cosmos DB, when the server sends it. */
  readonly cosmosMs?: number;
}

/** A request as the bench sends it; `ok` decides whether the answer counts as a success. */
export interface RequestSpec {
  readonly url: string;
  readonly method?: 'GET' | 'POST';
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly ok?: (status: number, body: unknown) => boolean;
}

/** Sends the request, reads the whole answer, and returns the sample. */
export async function timedRequest(spec: RequestSpec): Promise<Sample> {
  const started = performance.now();
  const response = await fetch(spec.url, {
    method: spec.method ?? 'GET',
    headers: { ...(spec.body === undefined ? {} : { 'content-type': 'application/json' }), ...spec.headers },
    body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const body = parseJson(text);
  const ok = spec.ok ? spec.ok(response.status, body) : response.status >= 200 && response.status < 300;
  return { ms, ok, ...cosmosCost(response.headers) };
}

/** The Cosmos DB cost headers a non-production server adds to every response (absent until it does). */
export function cosmosCost(headers: Headers): Pick<Sample, 'roundTrips' | 'requestCharge' | 'cosmosMs'> {
  const number = (value: string | null | undefined): number | undefined =>
    value === null || value === undefined || value.trim() === '' || !Number.isFinite(Number(value)) ? undefined : Number(value);
  const roundTrips = number(headers.get('x-introteam-cosmos-round-trips'));
  const requestCharge = number(headers.get('x-introteam-cosmos-request-charge'));
  const cosmosMs = number(/(?:^|,)\s*cosmos;(?:[^,]*;)?\s*dur=([\d.]+)/.exec(headers.get('server-timing') ?? '')?.[1]);
  return {
    ...(roundTrips === undefined ? {} : { roundTrips }),
    ...(requestCharge === undefined ? {} : { requestCharge }),
    ...(cosmosMs === undefined ? {} : { cosmosMs }),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
