import type { AuditLog } from '../domain/ports/audit-log.js';
import type { ChannelBindingRepository } from '../domain/ports/channel-binding-repository.js';
import type { TenantRepository } from '../domain/ports/tenant-repository.js';
import type { UnitRepository } from '../domain/ports/unit-repository.js';
import type { UserRepository } from '../domain/ports/user-repository.js';
import type { DevTokenIssuer } from './auth/dev-token-issuer.js';
import type { TokenValidator } from './auth/token-validator.js';
import type { SettlementServices } from '../settlements/settlement-services.js';

/** Everything the tab API needs, passed in by the entry point. */
export interface ApiDependencies {
  readonly tenants: TenantRepository;
  readonly users: UserRepository;
  readonly units: UnitRepository;
  readonly bindings: ChannelBindingRepository;
  readonly audit: AuditLog;
  /** Validates bearer tokens (SSO in production, dev tokens locally). */
  readonly tokenValidator: TokenValidator;
  /** Settlement use cases (registration, flows, secure zone). */
  readonly settlementServices: SettlementServices;
  /** How the tab signs in; `unconfigured` when neither Entra settings nor DEV_SIGN_IN=1 are given. */
  readonly signInMode: 'sso' | 'dev' | 'unconfigured';
  /** Present only with DEV_SIGN_IN=1 on loopback, without Entra settings: enables the demo-user picker. */
  readonly devSignIn?: { readonly tenantId: string; readonly issuer: DevTokenIssuer };
}
