import assert from 'node:assert/strict';
import { ApiClient, type ApiClientOptions } from '../../../tab/src/platform/api-client.js';
import { ApiError } from '../../../tab/src/platform/api-error.js';

interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
}

/** A fetch that records requests and answers with the given responses in turn. */
function fakeFetch(...responses: (Response | Error)[]): { fetch: typeof fetch; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const fetchFn = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    requests.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: { ...(init?.headers as Record<string, string>) },
      body: typeof init?.body === 'string' ? init.body : undefined,
    });
    const next = responses.shift();
    if (!next) throw new Error('no more fake responses');
    if (next instanceof Error) throw next;
    return next;
  };
  return { fetch: fetchFn as typeof fetch, requests };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function client(fetchFn: typeof fetch, overrides: Partial<ApiClientOptions> = {}): ApiClient {
  return new ApiClient({ getToken: async () => 'tok-1', fetch: fetchFn, ...overrides });
}

describe('ApiClient', () => {
  it('should send the bearer token and parse JSON when the call succeeds', async () => {
    const { fetch, requests } = fakeFetch(json(200, { user: { id: 'u1' } }));
    const body = await client(fetch).get('/api/me');
    assert.deepEqual(body, { user: { id: 'u1' } });
    assert.equal(requests[0]?.url, '/api/me');
    assert.equal(requests[0]?.headers.Authorization, 'Bearer tok-1');
    assert.equal(requests[0]?.headers.Accept, 'application/json');
  });

  it('should send no token when the call is unauthenticated', async () => {
    const { fetch, requests } = fakeFetch(json(200, { mode: 'dev', tenantId: 't' }));
    await client(fetch, { getToken: async () => assert.fail('token asked for') }).get('/api/session-config', { auth: false });
    assert.equal(requests[0]?.headers.Authorization, undefined);
  });

  it('should send extra headers such as Idempotency-Key when they are given', async () => {
    const { fetch, requests } = fakeFetch(json(201, { settlement: { id: 's1' }, warnings: [] }));
    await client(fetch).post('/api/settlements', { members: [] }, { headers: { 'Idempotency-Key': 'k-1' } });
    assert.equal(requests[0]?.headers['Idempotency-Key'], 'k-1');
    assert.equal(requests[0]?.headers.Authorization, 'Bearer tok-1');
  });

  it('should send PUT with a JSON body when replacing a resource', async () => {
    const { fetch, requests } = fakeFetch(json(200, { rules: [], units: [] }));
    const body = await client(fetch).put('/api/affected-unit-rules', { rules: [] });
    assert.deepEqual(body, { rules: [], units: [] });
    assert.equal(requests[0]?.method, 'PUT');
    assert.equal(requests[0]?.headers['Content-Type'], 'application/json');
    assert.equal(requests[0]?.headers.Authorization, 'Bearer tok-1');
    assert.equal(requests[0]?.body, '{"rules":[]}');
  });

  it('should send JSON with a content type when posting', async () => {
    const { fetch, requests } = fakeFetch(json(200, { token: 'x', expiresAt: '2030-01-01T00:00:00Z' }));
    await client(fetch, { baseUrl: 'http://127.0.0.1:1' }).post('/api/dev/token', { userId: 'u1' }, { auth: false });
    assert.equal(requests[0]?.url, 'http://127.0.0.1:1/api/dev/token');
    assert.equal(requests[0]?.method, 'POST');
    assert.equal(requests[0]?.headers['Content-Type'], 'application/json');
    assert.equal(requests[0]?.body, '{"userId":"u1"}');
  });

  it('should throw the server message when the response is an error body', async () => {
    const { fetch } = fakeFetch(json(403, { error: { code: 'forbidden', message: 'Du har ikke tilgang til NAV.' } }));
    await assert.rejects(client(fetch).get('/api/x'), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 403);
      assert.equal(error.code, 'forbidden');
      assert.equal(error.message, 'Du har ikke tilgang til NAV.');
      return true;
    });
  });

  it('should use the status fallback when the error body is not JSON', async () => {
    const { fetch } = fakeFetch(new Response('<html>Bad gateway</html>', { status: 502 }));
    await assert.rejects(client(fetch).get('/api/x'), { name: 'ApiError', status: 502, code: 'server-error' });
  });

  it('should call onUnauthorized and throw when an authenticated call gets 401', async () => {
    const seen: ApiError[] = [];
    const { fetch } = fakeFetch(json(401, { error: { code: 'unauthenticated', message: 'Økten er utløpt.' } }));
    await assert.rejects(client(fetch, { onUnauthorized: (e) => seen.push(e) }).get('/api/me'), { message: 'Økten er utløpt.' });
    assert.equal(seen.length, 1);
    assert.equal(seen[0]?.status, 401);
  });

  it('should not call onUnauthorized when an unauthenticated call gets 401', async () => {
    let called = false;
    const { fetch } = fakeFetch(json(401, {}));
    await assert.rejects(client(fetch, { onUnauthorized: () => (called = true) }).post('/api/dev/token', {}, { auth: false }));
    assert.equal(called, false);
  });

  it('should fail as unauthenticated without calling the server when there is no token', async () => {
    let called = false;
    const { fetch, requests } = fakeFetch();
    const api = client(fetch, { getToken: async () => undefined, onUnauthorized: () => (called = true) });
    await assert.rejects(api.get('/api/me'), { name: 'ApiError', status: 401 });
    assert.equal(requests.length, 0);
    assert.equal(called, true);
  });

  it('should throw a network error when fetch itself fails', async () => {
    const { fetch } = fakeFetch(new TypeError('Failed to fetch'));
    await assert.rejects(client(fetch).get('/api/me'), { name: 'ApiError', status: 0, code: 'network' });
  });

  it('should throw invalid-response when a 2xx body is not JSON', async () => {
    const { fetch } = fakeFetch(new Response('ok?', { status: 200 }));
    await assert.rejects(client(fetch).get('/api/me'), { name: 'ApiError', code: 'invalid-response' });
  });

  it('should return undefined when the response has no body', async () => {
    const { fetch } = fakeFetch(new Response(null, { status: 204 }));
    assert.equal(await client(fetch).post('/api/x', {}), undefined);
  });

  it('should pass a token-source failure through when the token cannot be obtained', async () => {
    const failure = new ApiError(401, 'sso-failed', 'Kunne ikke logge deg inn med Teams.');
    const { fetch, requests } = fakeFetch();
    const api = client(fetch, { getToken: () => Promise.reject(failure) });
    await assert.rejects(api.get('/api/me'), failure);
    assert.equal(requests.length, 0);
  });
});
