import type { AuthenticatedCaller } from '../../../kernel/users/authenticated-caller.js';

/** Turns a bearer token into the caller it proves, or throws DomainError('unauthenticated'). */
export interface TokenValidator {
  validate(token: string): Promise<AuthenticatedCaller>;
}
