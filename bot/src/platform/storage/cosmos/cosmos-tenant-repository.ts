import type { Container } from '@azure/cosmos';
import { isDomainError } from '../../../kernel/domain-error.js';
import type { TenantRepository } from '../../../kernel/tenants/tenant-repository.js';
import type { Tenant } from '../../../kernel/tenants/tenant.js';
import { VersionedDocumentStore, type DocumentKind } from './versioned-document-store.js';

/** One `tenant` document per tenant partition. */
export const TENANT_KIND: DocumentKind<Tenant> = {
  type: 'tenant',
  tenantIdOf: (tenant) => tenant.tenantId,
  keyOf: () => [],
};

/** TenantRepository on the `core` container. */
export class CosmosTenantRepository implements TenantRepository {
  private readonly store: VersionedDocumentStore<Tenant>;

  constructor(container: Container) {
    this.store = new VersionedDocumentStore(container, TENANT_KIND);
  }

  /** The tenant, or undefined when it was never set up. */
  async get(tenantId: string): Promise<Tenant | undefined> {
    return (await this.store.read(tenantId, []))?.value;
  }

  /** Creates the tenant; false (nothing changed) when it already exists. */
  async createIfMissing(tenant: Tenant): Promise<boolean> {
    try {
      await this.store.create(tenant);
      return true;
    } catch (error) {
      if (isDomainError(error, 'conflict')) {
        return false;
      }
      throw error;
    }
  }
}
