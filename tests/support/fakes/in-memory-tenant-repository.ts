import type { TenantRepository } from '../../../bot/src/kernel/tenants/tenant-repository.js';
import { DomainError } from '../../../bot/src/kernel/domain-error.js';
import type { Tenant, TenantPrivacy } from '../../../bot/src/kernel/tenants/tenant.js';
import { InMemoryVersionedMap } from './in-memory-versioned-map.js';

/** TenantRepository in memory, for unit tests. */
export class InMemoryTenantRepository implements TenantRepository {
  private readonly tenants = new InMemoryVersionedMap<Tenant>();

  /** The tenant, or undefined. */
  async get(tenantId: string): Promise<Tenant | undefined> {
    return this.tenants.read(tenantId, [])?.value;
  }

  /** Creates the tenant; false when it already exists. */
  async createIfMissing(tenant: Tenant): Promise<boolean> {
    if (this.tenants.read(tenant.tenantId, []) !== undefined) {
      return false;
    }
    this.tenants.create(tenant.tenantId, [], tenant);
    return true;
  }

  /** Replaces the privacy settings; not-found for an unknown tenant. */
  async setPrivacy(tenantId: string, privacy: TenantPrivacy): Promise<Tenant> {
    const current = this.tenants.read(tenantId, []);
    if (current === undefined) throw new DomainError('not-found', 'The tenant is not set up.');
    return this.tenants.replace(tenantId, [], { ...current.value, privacy }, current.etag).value;
  }
}
