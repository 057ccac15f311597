import { DomainError } from '../../../kernel/domain-error.js';
import type { TokenValidator } from './token-validator.js';

/** The validator when neither Teams SSO nor dev sign-in is configured: every caller is refused. */
export const refuseAllTokens: TokenValidator = {
  validate: async () => {
    throw new DomainError('unauthenticated', 'no sign-in is configured (no ENTRA_* settings and no DEV_SIGN_IN=1)');
  },
};
