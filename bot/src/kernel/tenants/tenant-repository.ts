import type { Tenant, TenantPrivacy } from './tenant.js';

/** Tenants (municipalities) known to this installation. */
export interface TenantRepository {
  get(tenantId: string): Promise<Tenant | undefined>;
  /** Creates the tenant; returns false (and changes nothing) when it already exists. */
  createIfMissing(tenant: Tenant): Promise<boolean>;
  /** Replaces the tenant's privacy settings (ETag-checked, retried); DomainError('not-found') for an unknown tenant. */
  setPrivacy(tenantId: string, privacy: TenantPrivacy): Promise<Tenant>;
}
