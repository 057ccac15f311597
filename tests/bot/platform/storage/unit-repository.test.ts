import { CosmosUnitRepository } from '../../../../bot/src/platform/storage/cosmos/cosmos-unit-repository.js';
import { InMemoryUnitRepository } from '../../../support/fakes/in-memory-unit-repository.js';
import { useTestStorage } from '../../../support/cosmos/test-cosmos.js';
import { describeUnitRepositoryContract } from './contracts/unit-repository.contract.js';

describe('UnitRepository', () => {
  describe('on Cosmos DB (embedded server)', () => {
    const storage = useTestStorage();
    describeUnitRepositoryContract('CosmosUnitRepository', () => new CosmosUnitRepository(storage().containers.core));
  });

  describeUnitRepositoryContract('InMemoryUnitRepository', () => new InMemoryUnitRepository());
});
