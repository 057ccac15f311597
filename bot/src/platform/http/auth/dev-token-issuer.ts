import { randomBytes } from 'node:crypto';
import { SignJWT, errors, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';
import type { AuthenticatedCaller } from '../../../kernel/users/authenticated-caller.js';
import { DomainError } from '../../../kernel/domain-error.js';
import type { TokenValidator } from './token-validator.js';

/** Issuer and audience of dev tokens; no Entra token ever carries them. */
export const DEV_TOKEN_ISSUER = 'introteam-dev';

const SECRET_BYTES = 32;
const DEFAULT_TTL_SECONDS = 8 * 60 * 60;
const CLOCK_TOLERANCE_SECONDS = 5;

/** Settings for the local dev-mode token issuer (never used when Entra is configured). */
export interface DevTokenIssuerOptions {
  /** The one tenant dev tokens are issued for and accepted from. */
  readonly tenantId: string;
  /** HS256 key of at least 32 bytes; defaults to a random key per process. */
  readonly secret?: Uint8Array;
  /** Token lifetime in seconds; defaults to 8 hours. */
  readonly ttlSeconds?: number;
  /** Current time, for tests; defaults to the system clock. */
  readonly now?: () => Date;
}

/** Issues dev tokens and validates only the tokens it issued itself. */
export interface DevTokenIssuer {
  /** Signs a token proving that `userId` (an object id) of the dev tenant is calling. */
  issue(userId: string): Promise<string>;
  /** Accepts only unexpired HS256 tokens from this issuer instance; refuses real SSO tokens. */
  readonly validator: TokenValidator;
}

/** Creates a dev-mode token issuer with its matching validator. */
export function createDevTokenIssuer(options: DevTokenIssuerOptions): DevTokenIssuer {
  const secret = options.secret ?? randomBytes(SECRET_BYTES);
  const ttlSeconds = options.ttlSeconds ?? DEFAULT_TTL_SECONDS;
  const now = options.now ?? (() => new Date());
  if (options.tenantId === '') throw new DomainError('invalid-input', 'Dev token issuer needs a tenant id');
  if (secret.length < SECRET_BYTES) {
    throw new DomainError('invalid-input', `Dev token secret must be at least ${SECRET_BYTES} bytes`);
  }
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) {
    throw new DomainError('invalid-input', 'Dev token ttlSeconds must be a positive integer');
  }

  return {
    async issue(userId: string): Promise<string> {
      if (userId === '') throw new DomainError('invalid-input', 'Dev token needs a user id');
      const issuedAt = Math.floor(now().getTime() / 1000);
      return new SignJWT({ tid: options.tenantId, oid: userId })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer(DEV_TOKEN_ISSUER)
        .setAudience(DEV_TOKEN_ISSUER)
        .setSubject(userId)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + ttlSeconds)
        .sign(secret);
    },
    validator: {
      async validate(token: string): Promise<AuthenticatedCaller> {
        let payload: JWTPayload;
        try {
          ({ payload } = await jwtVerify(token, secret, {
            algorithms: ['HS256'],
            issuer: DEV_TOKEN_ISSUER,
            audience: DEV_TOKEN_ISSUER,
            clockTolerance: CLOCK_TOLERANCE_SECONDS,
            requiredClaims: ['exp', 'tid', 'oid'],
            currentDate: now(),
          }));
        } catch (error) {
          throw new DomainError('unauthenticated', `Dev token refused (${failureCode(error)})`);
        }
        const { tid, oid } = payload;
        if (tid !== options.tenantId) throw new DomainError('unauthenticated', 'Dev token tenant does not match');
        if (typeof oid !== 'string' || oid === '') throw new DomainError('unauthenticated', 'Dev token has no oid');
        return { tenantId: tid, userId: oid };
      },
    },
  };
}

/** jose's stable error code; the error itself is not kept, as it carries the token payload. */
function failureCode(error: unknown): string {
  return error instanceof errors.JOSEError ? error.code : 'unverifiable';
}
