import assert from 'node:assert/strict';
import { exportJWK, generateKeyPair, SignJWT, createLocalJWKSet } from 'jose';
import { DEMO_TENANT_ID } from '../../../../bot/src/app/config.js';
import { createSsoTokenValidator } from '../../../../bot/src/platform/http/auth/sso-token-validator.js';
import { startAppHarness, type AppHarness } from '../../../support/http/app-harness.js';

const ADMIN_ID = '00000000-0000-4000-8000-000000000001';
const BARNEHAGE_MEMBER_ID = '00000000-0000-4000-8000-000000000006';

/** Parsed JSON, as untyped as `JSON.parse` gives it. */
type Json = ReturnType<typeof JSON.parse>;

async function getJson(harness: AppHarness, path: string, token?: string): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${harness.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, body: await response.json() };
}

describe('tab API (dev sign-in)', () => {
  let harness: AppHarness;
  before(async () => {
    harness = await startAppHarness();
  });
  after(async () => harness.close());

  it('should say the tab signs in with demo users when no Entra settings are given', async () => {
    const { body } = await getJson(harness, '/api/session-config');
    assert.deepEqual(body, { mode: 'dev', tenantId: DEMO_TENANT_ID });
  });

  it('should list the demo users with Norwegian role labels', async () => {
    const { body } = await getJson(harness, '/api/dev/users');
    const admin = body.users.find((u: { id: string }) => u.id === ADMIN_ID);
    assert.deepEqual(
      admin.roles.map((r: { label: string }) => r.label),
      ['Administrator', 'Bosettingskoordinator', 'Enhetsmedlem – Bosetting'],
    );
  });

  it('should answer 401 with a Norwegian message when the token is missing', async () => {
    const { status, body } = await getJson(harness, '/api/me');
    assert.equal(status, 401);
    assert.equal(body.error.code, 'unauthenticated');
    assert.match(body.error.message, /ikke logget inn/);
  });

  it('should answer 401 for a forged token', async () => {
    const { status } = await getJson(harness, '/api/me', 'eyJhbGciOiJIUzI1NiJ9.eyJvaWQiOiJ4In0.c2lnbmF0dXJl');
    assert.equal(status, 401);
  });

  it('should return the signed-in user and roles for a valid token', async () => {
    const token = await harness.devToken(BARNEHAGE_MEMBER_ID);
    const { status, body } = await getJson(harness, '/api/me', token);
    assert.equal(status, 200);
    assert.equal(body.user.id, BARNEHAGE_MEMBER_ID);
    assert.deepEqual(body.roles, [{ role: 'unit-member', unitId: 'barnehage', unitName: 'Barnehage', label: 'Enhetsmedlem – Barnehage' }]);
  });

  it('should answer 403 when the role does not allow the audit log', async () => {
    const token = await harness.devToken(BARNEHAGE_MEMBER_ID);
    const { status, body } = await getJson(harness, '/api/audit', token);
    assert.equal(status, 403);
    assert.match(body.error.message, /rolle/);
  });

  it('should show the audit log to an admin', async () => {
    const token = await harness.devToken(ADMIN_ID);
    const { status, body } = await getJson(harness, '/api/audit', token);
    assert.equal(status, 200);
    assert.ok(Array.isArray(body.entries));
  });

  it('should answer 400 with a Norwegian message for an invalid body', async () => {
    const response = await fetch(`${harness.baseUrl}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 42 }),
    });
    const body = (await response.json()) as { error: { message: string } };
    assert.equal(response.status, 400);
    assert.equal(body.error.message, 'Bruker-id-en må være tekst');
  });

  it('should refuse a body larger than the limit with 413', async () => {
    const response = await fetch(`${harness.baseUrl}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'x'.repeat(70_000) }),
    });
    assert.equal(response.status, 413);
    assert.match(((await response.json()) as { error: { message: string } }).error.message, /for stor/);
  });

  it('should render the shell card with every unit and flag unbound units', async () => {
    await harness.repositories.bindings.put({
      tenantId: DEMO_TENANT_ID,
      unitId: 'nav',
      conversationId: '19:nav@thread.tacv2',
      channelName: 'NAV',
      teamName: 'Demo kommune',
      boundBy: ADMIN_ID,
      boundAt: new Date().toISOString(),
    });
    const token = await harness.devToken(ADMIN_ID);
    const { body } = await getJson(harness, '/api/shell-card', token);
    const text = JSON.stringify(body.card);
    assert.equal(body.card.type, 'AdaptiveCard');
    assert.match(text, /"title":"NAV","value":"Demo kommune › NAV"/);
    assert.match(text, /"title":"Barnehage","value":"Ikke koblet"/);
    assert.match(text, /5 enhet\(er\) er ikke koblet/);
    const bindings = await getJson(harness, '/api/channel-bindings', token);
    assert.deepEqual(
      bindings.body.bindings.map((b: { unitId: string }) => b.unitId),
      ['nav'],
    );
  });

  it('should report healthy storage at /healthz', async () => {
    const { status, body } = await getJson(harness, '/healthz');
    assert.equal(status, 200);
    assert.equal(body.cosmos, 'ok');
  });
});

describe('tab API (no sign-in configured)', () => {
  let harness: AppHarness;
  before(async () => {
    harness = await startAppHarness({ env: { DEV_SIGN_IN: '0' } });
  });
  after(async () => harness.close());

  it('should say that sign-in is not set up when neither Entra settings nor DEV_SIGN_IN=1 are given', async () => {
    const { status, body } = await getJson(harness, '/api/session-config');
    assert.equal(status, 200);
    assert.equal(body.mode, 'unconfigured');
    assert.match(body.message, /Innlogging er ikke satt opp/);
  });

  it('should issue no dev tokens and list no demo users', async () => {
    const token = await fetch(`${harness.baseUrl}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: ADMIN_ID }),
    });
    assert.equal(token.status, 404);
    assert.equal((await getJson(harness, '/api/dev/users')).status, 404);
  });

  it('should refuse every bearer token with 401', async () => {
    const { status, body } = await getJson(harness, '/api/me', 'eyJhbGciOiJIUzI1NiJ9.eyJvaWQiOiJ4In0.c2lnbmF0dXJl');
    assert.equal(status, 401);
    assert.equal(body.error.code, 'unauthenticated');
  });
});

describe('tab API (Teams SSO)', () => {
  const tenantId = '11111111-2222-4333-8444-555555555555';
  let harness: AppHarness;
  let sign: (claims: Record<string, unknown>) => Promise<string>;

  before(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' }] });
    sign = (claims) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setIssuedAt()
        .setExpirationTime('10m')
        .setAudience('api://introteam.test/client-id')
        .setIssuer(`https://login.microsoftonline.com/${String(claims.tid)}/v2.0`)
        .sign(privateKey);
    const env = {
      ENTRA_CLIENT_ID: 'client-id',
      ENTRA_APP_ID_URI: 'api://introteam.test/client-id',
      ENTRA_TENANT_IDS: `${DEMO_TENANT_ID},${tenantId}`,
    };
    harness = await startAppHarness({
      env,
      tokenValidator: createSsoTokenValidator({
        audiences: ['client-id', 'api://introteam.test/client-id'],
        allowedTenantIds: [DEMO_TENANT_ID, tenantId],
        getKey: jwks,
      }),
    });
  });
  after(async () => harness.close());

  it('should not offer dev sign-in when Entra settings are given', async () => {
    assert.deepEqual((await getJson(harness, '/api/session-config')).body, { mode: 'sso' });
    assert.equal((await getJson(harness, '/api/dev/users')).status, 404);
  });

  it('should accept a valid SSO token for a known user', async () => {
    const { status, body } = await getJson(harness, '/api/me', await sign({ tid: DEMO_TENANT_ID, oid: ADMIN_ID }));
    assert.equal(status, 200);
    assert.equal(body.user.id, ADMIN_ID);
  });

  it('should refuse a user of another allowed tenant who is not registered there (403)', async () => {
    const { status } = await getJson(harness, '/api/me', await sign({ tid: tenantId, oid: ADMIN_ID }));
    assert.equal(status, 403);
  });
});
