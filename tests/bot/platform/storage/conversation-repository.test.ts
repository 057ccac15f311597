import { CosmosConversationRepository } from '../../../../bot/src/platform/storage/cosmos/cosmos-conversation-repository.js';
import { InMemoryConversationRepository } from '../../../support/fakes/in-memory-conversation-repository.js';
import { useTestStorage } from '../../../support/cosmos/test-cosmos.js';
import { describeConversationRepositoryContract } from './contracts/conversation-repository.contract.js';

describe('ConversationRepository', () => {
  describe('on Cosmos DB (embedded server)', () => {
    const storage = useTestStorage();
    describeConversationRepositoryContract(
      'CosmosConversationRepository',
      () => new CosmosConversationRepository(storage().containers.core),
    );
  });

  describeConversationRepositoryContract('InMemoryConversationRepository', () => new InMemoryConversationRepository());
});
