import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import type { AuthenticatedCaller } from '../../../kernel/users/authenticated-caller.js';
import { DomainError } from '../../../kernel/domain-error.js';
import type { TokenValidator } from './token-validator.js';

/** Where Entra ID publishes the signing keys for every tenant (v1 and v2 tokens share them). */
export const ENTRA_JWKS_URL = 'https://login.microsoftonline.com/common/discovery/v2.0/keys';

/** Leeway for `exp`/`nbf` when the caller's clock and ours disagree a little. */
const DEFAULT_CLOCK_TOLERANCE_SECONDS = 60;

/** Settings for validating Teams SSO access tokens issued by Entra ID. */
export interface SsoTokenValidatorOptions {
  /** Accepted `aud` values: the app's client id and/or `api://<host>/<clientId>`. */
  readonly audiences: readonly string[];
  /** Tenants whose users may call the API; tokens from any other tenant are refused. */
  readonly allowedTenantIds: readonly string[];
  /** Signing key source; defaults to the remote JWKS at `jwksUrl`. Tests pass local keys here. */
  readonly getKey?: JWTVerifyGetKey;
  /** JWKS used when `getKey` is absent; defaults to ENTRA_JWKS_URL. */
  readonly jwksUrl?: string | URL;
  /** Allowed clock skew for `exp`/`nbf` in seconds; defaults to 60. */
  readonly clockToleranceSeconds?: number;
  /** Current time, for tests; defaults to the system clock. */
  readonly now?: () => Date;
}

/** Creates a validator for Teams SSO tokens (Entra ID v1 or v2) limited to the allowed tenants. */
export function createSsoTokenValidator(options: SsoTokenValidatorOptions): TokenValidator {
  if (options.audiences.length === 0) {
    throw new DomainError('invalid-input', 'SSO token validator needs at least one audience (the app client id)');
  }
  if (options.allowedTenantIds.length === 0) {
    throw new DomainError('invalid-input', 'SSO token validator needs at least one allowed tenant id');
  }
  const getKey = options.getKey ?? createRemoteJWKSet(new URL(options.jwksUrl ?? ENTRA_JWKS_URL));
  const allowedTenants = new Set(options.allowedTenantIds.map((id) => id.toLowerCase()));
  const audience = [...options.audiences];
  const clockTolerance = options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;

  return {
    async validate(token: string): Promise<AuthenticatedCaller> {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, getKey, {
          algorithms: ['RS256'],
          audience,
          clockTolerance,
          requiredClaims: ['iss', 'exp', 'tid', 'oid'],
          currentDate: options.now?.(),
        }));
      } catch (error) {
        throw toUnauthenticated(error);
      }
      return toCaller(payload, allowedTenants);
    },
  };
}

/** Checks what jose cannot check alone (issuer depends on `tid`) and builds the caller. */
function toCaller(payload: JWTPayload, allowedTenants: ReadonlySet<string>): AuthenticatedCaller {
  const tenantId = requireStringClaim(payload, 'tid');
  const userId = requireStringClaim(payload, 'oid');
  const expectedIssuers = [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
  if (!expectedIssuers.includes(payload.iss ?? '')) {
    throw new DomainError('unauthenticated', 'SSO token issuer does not match its tenant');
  }
  if (!allowedTenants.has(tenantId.toLowerCase())) {
    throw new DomainError('unauthenticated', 'SSO token tenant is not allowed');
  }
  const name = payload['name'];
  return typeof name === 'string' && name !== '' ? { tenantId, userId, name } : { tenantId, userId };
}

function requireStringClaim(payload: JWTPayload, claim: string): string {
  const value = payload[claim];
  if (typeof value !== 'string' || value === '') {
    throw new DomainError('unauthenticated', `SSO token claim "${claim}" is missing or not a string`);
  }
  return value;
}

/**
 * Maps a jose failure to a short reason. The jose error is not kept as `cause`: its claim
 * errors carry the whole payload (names included), which must never reach a log.
 */
function toUnauthenticated(error: unknown): DomainError {
  if (error instanceof errors.JWTExpired) return unauthenticated('has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    return unauthenticated(`claim "${error.claim}" is invalid (${error.reason})`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return unauthenticated('algorithm is not allowed');
  if (error instanceof errors.JWSSignatureVerificationFailed) return unauthenticated('signature is invalid');
  if (error instanceof errors.JWKSNoMatchingKey) return unauthenticated('matches no signing key');
  if (error instanceof errors.JWKSTimeout) return unauthenticated('could not be checked: signing keys timed out');
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return unauthenticated('is malformed');
  if (error instanceof errors.JOSEError) return unauthenticated(`could not be verified (${error.code})`);
  // Not from jose (e.g. the key fetch failed): safe to keep as cause, it holds no token data.
  return new DomainError('unauthenticated', 'SSO token could not be verified', { cause: error });
}

function unauthenticated(reason: string): DomainError {
  return new DomainError('unauthenticated', `SSO token ${reason}`);
}
