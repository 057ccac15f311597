import type { Container } from '@azure/cosmos';
import type { TenantDirectory } from '../../../kernel/tenants/tenant-directory.js';
import { TENANT_KIND } from './cosmos-tenant-repository.js';
import { translateCosmosError } from './translate-cosmos-error.js';

/** Lists tenants with a cross-partition query; used only by background jobs, never on a request path. */
export class CosmosTenantDirectory implements TenantDirectory {
  constructor(private readonly container: Container) {}

  /** Every tenant id that has a tenant document. */
  async listTenantIds(): Promise<string[]> {
    try {
      const { resources } = await this.container.items
        .query<{ tenantId: string }>({
          query: 'SELECT c.tenantId FROM c WHERE c.type = @type',
          parameters: [{ name: '@type', value: TENANT_KIND.type }],
        })
        .fetchAll();
      return [...new Set(resources.map((r) => r.tenantId))];
    } catch (error) {
      throw translateCosmosError(error, 'list tenants');
    }
  }
}
