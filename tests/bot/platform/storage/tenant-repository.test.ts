import { CosmosTenantRepository } from '../../../../bot/src/platform/storage/cosmos/cosmos-tenant-repository.js';
import { InMemoryTenantRepository } from '../../../support/fakes/in-memory-tenant-repository.js';
import { useTestStorage } from '../../../support/cosmos/test-cosmos.js';
import { describeTenantRepositoryContract } from './contracts/tenant-repository.contract.js';

describe('TenantRepository', () => {
  describe('on Cosmos DB (embedded server)', () => {
    const storage = useTestStorage();
    describeTenantRepositoryContract('CosmosTenantRepository', () => new CosmosTenantRepository(storage().containers.core));
  });

  describeTenantRepositoryContract('InMemoryTenantRepository', () => new InMemoryTenantRepository());
});
