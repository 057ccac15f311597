import { CosmosChannelBindingRepository } from '../../../../bot/src/platform/storage/cosmos/cosmos-channel-binding-repository.js';
import { InMemoryChannelBindingRepository } from '../../../support/fakes/in-memory-channel-binding-repository.js';
import { useTestStorage } from '../../../support/cosmos/test-cosmos.js';
import { describeChannelBindingRepositoryContract } from './contracts/channel-binding-repository.contract.js';

describe('ChannelBindingRepository', () => {
  describe('on Cosmos DB (embedded server)', () => {
    const storage = useTestStorage();
    describeChannelBindingRepositoryContract(
      'CosmosChannelBindingRepository',
      () => new CosmosChannelBindingRepository(storage().containers.core),
    );
  });

  describeChannelBindingRepositoryContract('InMemoryChannelBindingRepository', () => new InMemoryChannelBindingRepository());
});
