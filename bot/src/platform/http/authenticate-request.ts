import type { AppUser } from '../../kernel/users/app-user.js';
import { userError } from '../../kernel/domain-error.js';
import type { UserRepository } from '../../kernel/users/user-repository.js';
import { readBearerToken } from './auth/bearer-token.js';
import type { TokenValidator } from './auth/token-validator.js';

/** Validates the bearer token and finds the user in the token's tenant; unknown users are refused. */
export async function authenticateRequest(
  authorization: string | undefined,
  validator: TokenValidator,
  users: UserRepository,
): Promise<AppUser> {
  const caller = await validator.validate(readBearerToken(authorization));
  const user = await users.get(caller.tenantId, caller.userId);
  if (!user) {
    throw userError('forbidden', 'Du er ikke registrert som bruker av Introteam i denne kommunen. Be en administrator om tilgang.');
  }
  return user;
}
