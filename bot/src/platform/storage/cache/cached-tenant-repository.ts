import type { Tenant, TenantPrivacy } from '../../../kernel/tenants/tenant.js';
import type { TenantRepository } from '../../../kernel/tenants/tenant-repository.js';
import { TtlCache } from './ttl-cache.js';

/** Tenants read through a short-lived cache (every bot turn resolves its tenant); creating or changing one invalidates it. */
export class CachedTenantRepository implements TenantRepository {
  private readonly cache: TtlCache<Tenant | undefined>;

  constructor(
    private readonly inner: TenantRepository,
    ttlMs: number,
  ) {
    this.cache = new TtlCache({ ttlMs });
  }

  get(tenantId: string): Promise<Tenant | undefined> {
    return this.cache.get(tenantId, () => this.inner.get(tenantId));
  }

  async createIfMissing(tenant: Tenant): Promise<boolean> {
    try {
      return await this.inner.createIfMissing(tenant);
    } finally {
      this.cache.invalidate(tenant.tenantId);
    }
  }

  async setPrivacy(tenantId: string, privacy: TenantPrivacy): Promise<Tenant> {
    try {
      return await this.inner.setPrivacy(tenantId, privacy);
    } finally {
      this.cache.invalidate(tenantId);
    }
  }
}
