import type { Container } from '@azure/cosmos';
import { DomainError, isDomainError } from '../../../kernel/domain-error.js';
import type { TenantRepository } from '../../../kernel/tenants/tenant-repository.js';
import type { Tenant, TenantPrivacy } from '../../../kernel/tenants/tenant.js';
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

  /** Replaces the privacy settings with If-Match on the tenant document (retried on conflict). */
  async setPrivacy(tenantId: string, privacy: TenantPrivacy): Promise<Tenant> {
    const saved = await this.store.update(tenantId, [], (current) => {
      if (current === undefined) throw new DomainError('not-found', 'The tenant is not set up.');
      return { ...current, privacy };
    });
    return saved.value;
  }
}
