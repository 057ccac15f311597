import assert from 'node:assert/strict';
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair } from 'jose';
import type { CryptoKey, JWTPayload, JWTVerifyGetKey } from 'jose';
import { isDomainError } from '../../../../../bot/src/kernel/domain-error.js';
import { createSsoTokenValidator } from '../../../../../bot/src/platform/http/auth/sso-token-validator.js';
import type { SsoTokenValidatorOptions } from '../../../../../bot/src/platform/http/auth/sso-token-validator.js';

const TENANT = '11111111-1111-4111-8111-111111111111';
const OTHER_TENANT = '22222222-2222-4222-8222-222222222222';
const USER = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const CLIENT_ID = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const APP_ID_URI = `api://introteam.example.no/${CLIENT_ID}`;
const NAME = 'Kari Nordmann';
const KID = 'test-key-1';
const V2_ISSUER = `https://login.microsoftonline.com/${TENANT}/v2.0`;
const V1_ISSUER = `https://sts.windows.net/${TENANT}/`;

interface SignOptions {
  readonly claims?: JWTPayload;
  readonly omit?: readonly string[];
  readonly key?: CryptoKey;
  readonly expiresInSeconds?: number;
}

describe('createSsoTokenValidator', () => {
  let signingKey: CryptoKey;
  let otherKey: CryptoKey;
  let getKey: JWTVerifyGetKey;

  before(async () => {
    const pair = await generateKeyPair('RS256');
    signingKey = pair.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
    getKey = createLocalJWKSet({ keys: [jwk] });
  });

  function validator(overrides: Partial<SsoTokenValidatorOptions> = {}) {
    return createSsoTokenValidator({ audiences: [CLIENT_ID, APP_ID_URI], allowedTenantIds: [TENANT], getKey, ...overrides });
  }

  async function sign(options: SignOptions = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const claims: JWTPayload = {
      iss: V2_ISSUER,
      aud: CLIENT_ID,
      tid: TENANT,
      oid: USER,
      name: NAME,
      ver: '2.0',
      iat: now,
      nbf: now,
      exp: now + (options.expiresInSeconds ?? 3600),
      ...options.claims,
    };
    for (const claim of options.omit ?? []) delete claims[claim];
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: KID }).sign(options.key ?? signingKey);
  }

  async function assertRefused(token: string, reason: RegExp, overrides: Partial<SsoTokenValidatorOptions> = {}) {
    await assert.rejects(validator(overrides).validate(token), (error: unknown) => {
      assert.ok(isDomainError(error, 'unauthenticated'), `expected unauthenticated, got ${String(error)}`);
      assert.match(error.message, reason);
      assert.ok(!error.message.includes(token), 'message must not contain the token');
      assert.ok(!error.message.includes(NAME), 'message must not contain a name');
      assert.equal(error.cause, undefined, 'the jose error (with the payload) must not be kept');
      return true;
    });
  }

  it('should return the caller when a v2 token is valid', async () => {
    const caller = await validator().validate(await sign());

    assert.deepEqual(caller, { tenantId: TENANT, userId: USER, name: NAME });
  });

  it('should return the caller when a v1 token (sts.windows.net issuer, api:// audience) is valid', async () => {
    const token = await sign({ claims: { iss: V1_ISSUER, aud: APP_ID_URI, ver: '1.0' } });

    const caller = await validator().validate(token);

    assert.deepEqual(caller, { tenantId: TENANT, userId: USER, name: NAME });
  });

  it('should leave out the name when the token has none', async () => {
    const caller = await validator().validate(await sign({ omit: ['name'] }));

    assert.deepEqual(caller, { tenantId: TENANT, userId: USER });
  });

  it('should accept the token when the allow-list spells the tenant in upper case', async () => {
    const caller = await validator({ allowedTenantIds: [TENANT.toUpperCase()] }).validate(await sign());

    assert.equal(caller.tenantId, TENANT);
  });

  it('should refuse the token when it is signed with another key', async () => {
    await assertRefused(await sign({ key: otherKey }), /signature/);
  });

  it('should refuse the token when its audience is another app', async () => {
    await assertRefused(await sign({ claims: { aud: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd' } }), /"aud"/);
  });

  it('should refuse the token when it has expired beyond the clock tolerance', async () => {
    await assertRefused(await sign({ expiresInSeconds: -120 }), /expired/);
  });

  it('should accept the token when it expired within the clock tolerance', async () => {
    const caller = await validator().validate(await sign({ expiresInSeconds: -10 }));

    assert.equal(caller.userId, USER);
  });

  it('should refuse the token when its issuer is another tenant than its tid', async () => {
    const token = await sign({ claims: { iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` } });

    await assertRefused(token, /issuer/);
  });

  it('should refuse the token when its issuer is not Entra ID', async () => {
    await assertRefused(await sign({ claims: { iss: `https://evil.example/${TENANT}/v2.0` } }), /issuer/);
  });

  it('should refuse the token when its tenant is not in the allow-list', async () => {
    const token = await sign({
      claims: { tid: OTHER_TENANT, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` },
    });

    await assertRefused(token, /tenant is not allowed/);
  });

  it('should refuse the token when the oid claim is missing', async () => {
    await assertRefused(await sign({ omit: ['oid'] }), /"oid"/);
  });

  it('should refuse the token when the tid claim is missing', async () => {
    await assertRefused(await sign({ omit: ['tid'] }), /"tid"/);
  });

  it('should refuse the token when the oid claim is not a string', async () => {
    await assertRefused(await sign({ claims: { oid: 42 } }), /"oid"/);
  });

  it('should refuse the token when it is unsigned (alg none)', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const valid = await sign();
    const payload = JSON.parse(Buffer.from(valid.split('.')[1], 'base64url').toString()) as JWTPayload;
    const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;

    await assertRefused(token, /algorithm/);
  });

  it('should refuse the token when it is signed with HS256', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ tid: TENANT, oid: USER, iss: V2_ISSUER, aud: CLIENT_ID, exp: now + 3600 })
      .setProtectedHeader({ alg: 'HS256', kid: KID })
      .sign(new Uint8Array(32).fill(7));

    await assertRefused(token, /algorithm/);
  });

  it('should refuse the token when it is not a JWT', async () => {
    await assertRefused('not-a-jwt', /malformed/);
  });

  it('should refuse to be created when no audience or no tenant is configured', () => {
    assert.throws(
      () => validator({ audiences: [] }),
      (error) => isDomainError(error, 'invalid-input'),
    );
    assert.throws(
      () => validator({ allowedTenantIds: [] }),
      (error) => isDomainError(error, 'invalid-input'),
    );
  });
});
