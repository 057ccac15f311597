import assert from 'node:assert/strict';
import { SignJWT, generateKeyPair } from 'jose';
import { isDomainError } from '../../../../../bot/src/kernel/domain-error.js';
import { DEV_TOKEN_ISSUER, createDevTokenIssuer } from '../../../../../bot/src/platform/http/auth/dev-token-issuer.js';

const TENANT = 'dev-tenant';
const USER = 'dev-user-1';

function isUnauthenticated(error: unknown): boolean {
  return isDomainError(error, 'unauthenticated');
}

/** Re-encodes the payload of a compact JWS while keeping its original signature. */
function withPayload(token: string, change: (payload: Record<string, unknown>) => void): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
  change(claims);
  return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
}

describe('createDevTokenIssuer', () => {
  it('should validate an issued token to the caller it was issued for', async () => {
    const issuer = createDevTokenIssuer({ tenantId: TENANT });

    const caller = await issuer.validator.validate(await issuer.issue(USER));

    assert.deepEqual(caller, { tenantId: TENANT, userId: USER });
  });

  it('should refuse the token when its payload has been tampered with', async () => {
    const issuer = createDevTokenIssuer({ tenantId: TENANT });
    const token = withPayload(await issuer.issue(USER), (claims) => {
      claims['oid'] = 'dev-user-2';
    });

    await assert.rejects(issuer.validator.validate(token), isUnauthenticated);
  });

  it('should refuse the token when another issuer instance (other secret) signed it', async () => {
    const token = await createDevTokenIssuer({ tenantId: TENANT }).issue(USER);

    await assert.rejects(createDevTokenIssuer({ tenantId: TENANT }).validator.validate(token), isUnauthenticated);
  });

  it('should refuse the token when it has expired', async () => {
    let now = new Date('2026-11-02T08:00:00Z');
    const issuer = createDevTokenIssuer({ tenantId: TENANT, ttlSeconds: 600, now: () => now });
    const token = await issuer.issue(USER);
    now = new Date('2026-11-02T08:09:00Z');
    assert.equal((await issuer.validator.validate(token)).userId, USER);

    now = new Date('2026-11-02T08:11:00Z');

    await assert.rejects(issuer.validator.validate(token), (error: unknown) => {
      assert.ok(isUnauthenticated(error));
      assert.match((error as Error).message, /EXPIRED/);
      return true;
    });
  });

  it('should refuse the token when it was issued for another tenant with the same secret', async () => {
    const secret = new Uint8Array(32).fill(3);
    const token = await createDevTokenIssuer({ tenantId: 'other-tenant', secret }).issue(USER);

    await assert.rejects(createDevTokenIssuer({ tenantId: TENANT, secret }).validator.validate(token), isUnauthenticated);
  });

  it('should refuse an RS256 token even when it claims the dev issuer', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ tid: TENANT, oid: USER })
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer(DEV_TOKEN_ISSUER)
      .setAudience(DEV_TOKEN_ISSUER)
      .setExpirationTime('1h')
      .sign(privateKey);

    await assert.rejects(createDevTokenIssuer({ tenantId: TENANT }).validator.validate(token), isUnauthenticated);
  });

  it('should refuse an HS256 token from another issuer signed with the same secret', async () => {
    const secret = new Uint8Array(32).fill(5);
    const token = await new SignJWT({ tid: TENANT, oid: USER })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('https://sts.windows.net/whatever/')
      .setAudience(DEV_TOKEN_ISSUER)
      .setExpirationTime('1h')
      .sign(secret);

    await assert.rejects(createDevTokenIssuer({ tenantId: TENANT, secret }).validator.validate(token), isUnauthenticated);
  });

  it('should refuse to be created when the secret is shorter than 32 bytes', () => {
    assert.throws(
      () => createDevTokenIssuer({ tenantId: TENANT, secret: new Uint8Array(16) }),
      (error) => isDomainError(error, 'invalid-input'),
    );
  });
});
