import { CosmosUserRepository } from '../../../../bot/src/platform/storage/cosmos/cosmos-user-repository.js';
import { InMemoryUserRepository } from '../../../support/fakes/in-memory-user-repository.js';
import { useTestStorage } from '../../../support/cosmos/test-cosmos.js';
import { describeUserRepositoryContract } from './contracts/user-repository.contract.js';

describe('UserRepository', () => {
  describe('on Cosmos DB (embedded server)', () => {
    const storage = useTestStorage();
    describeUserRepositoryContract('CosmosUserRepository', () => new CosmosUserRepository(storage().containers.core));
  });

  describeUserRepositoryContract('InMemoryUserRepository', () => new InMemoryUserRepository());
});
