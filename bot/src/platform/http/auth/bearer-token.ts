import { DomainError } from '../../../kernel/domain-error.js';

// RFC 6750 §2.1: the scheme is case-insensitive and the credentials are a token68.
const BEARER_HEADER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/** Extracts the token from an `Authorization: Bearer <token>` header, or throws 'unauthenticated'. */
export function readBearerToken(authorizationHeader: string | undefined): string {
  if (authorizationHeader === undefined || authorizationHeader.trim() === '') {
    throw new DomainError('unauthenticated', 'Missing Authorization header');
  }
  const match = BEARER_HEADER.exec(authorizationHeader);
  if (match === null) {
    // The header is never echoed: it may carry a real token.
    throw new DomainError('unauthenticated', 'Authorization header is not a well-formed Bearer token');
  }
  return match[1];
}
