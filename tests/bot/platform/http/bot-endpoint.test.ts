import assert from 'node:assert/strict';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import sinon from 'sinon';
import { startFakeConnector } from '../../../support/fake-connector/fake-connector-server.js';
import { startAppHarness, type AppHarness } from '../../../support/http/app-harness.js';

const APP_ID = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const TENANT_ID = '11111111-2222-3333-4444-555555555555';

// botframework-connector fetches the OpenID metadata and its keys with node-fetch: stubbing that is stubbing the network.
const requireHere = createRequire(import.meta.url);
const nodeFetch = createRequire(requireHere.resolve('botframework-connector'))('node-fetch') as {
  (url: string, init?: unknown): Promise<unknown>;
  default: (url: string, init?: unknown) => Promise<unknown>;
};

async function closedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((closed) => server.close(() => closed()));
  return port;
}

/** A token shaped like the Bot Framework's (issuer, audience, key id), signed with a key nobody published. */
function forgedToken(): Promise<string> {
  return new SignJWT({ serviceurl: 'https://smba.trafficmanager.net/emea/' })
    .setProtectedHeader({ alg: 'HS256', kid: 'forged-key' })
    .setIssuer('https://api.botframework.com')
    .setAudience(APP_ID)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new Uint8Array(32).fill(7));
}

const activity = {
  type: 'message',
  text: 'hjelp',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  conversation: { id: 'a:personlig' },
  from: { id: '29:someone' },
  recipient: { id: `28:${APP_ID}` },
};

describe('bot endpoint /api/messages (Bot Framework authentication on)', () => {
  let harness: AppHarness;
  const sandbox = sinon.createSandbox();
  afterEach(() => sandbox.restore());

  before(async () => {
    harness = await startAppHarness({
      env: {
        DEV_SIGN_IN: '0',
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'hemmelig',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: TENANT_ID,
      },
    });
  });
  after(async () => harness.close());

  /** Posts to /api/messages while watching the console and stderr; nothing may reach them outside the logger. */
  async function post(body: unknown, authorization?: string): Promise<{ status: number; text: string; consoleCalls: string[] }> {
    const watched = sinon.createSandbox();
    const spies = [
      watched.spy(console, 'error'),
      watched.spy(console, 'warn'),
      watched.spy(console, 'log'),
      watched.spy(console, 'info'),
      watched.spy(process.stderr, 'write'),
    ];
    try {
      const response = await fetch(`${harness.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, text, consoleCalls: spies.flatMap((spy) => spy.getCalls().map((call) => String(call.args[0]))) };
    } finally {
      watched.restore();
    }
  }

  function assertNoInternals(text: string): void {
    assert.doesNotMatch(
      text,
      /ECONNREFUSED|ENOTFOUND|127\.0\.0\.1|request to|openid|Unauthorized|AuthenticationError|FetchError|Error:|\n\s+at /i,
      text,
    );
    assert.deepEqual(Object.keys(JSON.parse(text) as object), ['error'], text);
  }

  it('should answer a forged token with 401 or 503 and a Norwegian body when the OpenID metadata is unreachable', async () => {
    const unreachable = `http://127.0.0.1:${await closedPort()}/v1/.well-known/openidconfiguration`;
    const fetchStub = sandbox.stub(nodeFetch, 'default').callsFake((_url, init) => nodeFetch(unreachable, init));
    const token = await forgedToken();
    const linesBefore = harness.logger.lines.length;

    const { status, text, consoleCalls } = await post(activity, `Bearer ${token}`);

    assert.ok(fetchStub.called, 'the SDK should have tried to fetch the OpenID metadata');
    assert.ok(status === 401 || status === 503, `status ${status}`);
    const body = JSON.parse(text) as { error: { code: string; message: string } };
    assert.match(body.error.message, /Tokenet kan ikke kontrolleres akkurat nå|gyldig Bot Framework-token/);
    assertNoInternals(text);
    assert.deepEqual(consoleCalls, []);
    const logged = harness.logger.lines.slice(linesBefore);
    assert.equal(logged.length, 1, logged.join('\n'));
    assert.match(logged[0]!, /bot request refused/);
    assert.ok(!logged[0]!.includes(token) && !logged[0]!.includes(token.split('.')[2]!), 'the log must not hold the token');
  });

  it('should answer 401 when the token is signed with a key the metadata does not publish', async () => {
    const metadata = await serveMetadata();
    sandbox
      .stub(nodeFetch, 'default')
      .callsFake((url, init) => nodeFetch(url.includes('keys') ? metadata.keysUrl : metadata.configUrl, init));
    try {
      const { status, text, consoleCalls } = await post(activity, `Bearer ${await forgedToken()}`);
      assert.equal(status, 401);
      assert.equal((JSON.parse(text) as { error: { code: string } }).error.code, 'unauthenticated');
      assertNoInternals(text);
      assert.deepEqual(consoleCalls, []);
    } finally {
      await metadata.close();
    }
  });

  it('should answer 401 with a Norwegian body when the Authorization header is missing', async () => {
    const { status, text, consoleCalls } = await post(activity);
    assert.equal(status, 401);
    assert.match(text, /mangler et gyldig Bot Framework-token/);
    assertNoInternals(text);
    assert.deepEqual(consoleCalls, []);
  });

  it('should answer 400 when the body is not an activity', async () => {
    const { status, text, consoleCalls } = await post({ text: 'ingen type' }, `Bearer ${await forgedToken()}`);
    assert.equal(status, 400);
    assert.match(text, /ikke en gyldig Bot Framework-aktivitet/);
    assert.deepEqual(consoleCalls, []);
  });
});

describe('bot endpoint /api/messages (no app id, as with the Agents Playground)', () => {
  let harness: AppHarness;
  before(async () => {
    harness = await startAppHarness();
  });
  after(async () => harness.close());

  it('should run the turn and answer 200 when no Bot Framework app id is configured', async () => {
    const connector = await startFakeConnector();
    try {
      const response = await fetch(`${harness.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...activity, serviceUrl: connector.serviceUrl, timestamp: new Date().toISOString() }),
      });
      assert.equal(response.status, 200);
      assert.equal(connector.accepted().length, 1);
    } finally {
      await connector.close();
    }
  });
});

/** A loopback stand-in for login.botframework.com that publishes one unrelated key. */
async function serveMetadata(): Promise<{ configUrl: string; keysUrl: string; close(): Promise<void> }> {
  let base = '';
  const server: Server = createHttpServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url?.startsWith('/keys')) res.end(JSON.stringify({ keys: [{ kty: 'RSA', kid: 'published-key', n: 'sXch', e: 'AQAB' }] }));
    else res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys` }));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    configUrl: `${base}/openidconfiguration`,
    keysUrl: `${base}/keys`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
