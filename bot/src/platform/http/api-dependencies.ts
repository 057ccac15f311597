import type { AuditLog } from '../../kernel/audit/audit-log.js';
import type { ChannelBindingRepository } from '../../kernel/channels/channel-binding-repository.js';
import type { TenantRepository } from '../../kernel/tenants/tenant-repository.js';
import type { UnitRepository } from '../../kernel/units/unit-repository.js';
import type { UserRepository } from '../../kernel/users/user-repository.js';
import type { DevTokenIssuer } from './auth/dev-token-issuer.js';
import type { TokenValidator } from './auth/token-validator.js';
import type { SettlementServices } from '../../features/settlement/settlement-services.js';

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
  /** Present only in development without Entra settings: enables the demo-user picker. */
  readonly devSignIn?: { readonly tenantId: string; readonly issuer: DevTokenIssuer };
}
