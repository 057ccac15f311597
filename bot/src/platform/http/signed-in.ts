import type { AppUser } from '../../kernel/users/app-user.js';
import { DomainError } from '../../kernel/domain-error.js';

/** The signed-in user of an authenticated route (the router guarantees one; this keeps types honest). */
export function signedIn(user: AppUser | undefined): AppUser {
  if (!user) throw new DomainError('unauthenticated', 'no user');
  return user;
}
