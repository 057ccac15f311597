import type { UnitRepository } from '../../kernel/units/unit-repository.js';
import type { UserRepository } from '../../kernel/users/user-repository.js';
import type { DevTokenIssuer } from './auth/dev-token-issuer.js';

/** What the platform's own routes (session, dev sign-in) need; features bring their own dependencies. */
export interface ApiDependencies {
  readonly users: UserRepository;
  readonly units: UnitRepository;
  /** How the tab signs in; `unconfigured` when neither Entra settings nor DEV_SIGN_IN=1 are given. */
  readonly signInMode: 'sso' | 'dev' | 'unconfigured';
  /** Present only with DEV_SIGN_IN=1 on loopback, without Entra settings: enables the demo-user picker. */
  readonly devSignIn?: { readonly tenantId: string; readonly issuer: DevTokenIssuer };
}
