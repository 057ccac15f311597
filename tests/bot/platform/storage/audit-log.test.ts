import sinon from 'sinon';
import { CosmosAuditLog } from '../../../../bot/src/platform/storage/cosmos/cosmos-audit-log.js';
import { InMemoryAuditLog } from '../../../support/fakes/in-memory-audit-log.js';
import { useTestStorage } from '../../../support/cosmos/test-cosmos.js';
import { describeAuditLogContract } from './contracts/audit-log.contract.js';

describe('AuditLog', () => {
  describe('on Cosmos DB (embedded server)', () => {
    const storage = useTestStorage();
    const sandbox = sinon.createSandbox();
    afterEach(() => sandbox.restore());

    describeAuditLogContract('CosmosAuditLog', () => {
      const container = storage().containers.audit;
      return {
        log: new CosmosAuditLog(container),
        breakWrites: () => {
          sandbox.stub(container.items, 'create').rejects(Object.assign(new Error('Service Unavailable'), { code: 503 }));
        },
      };
    });
  });

  describeAuditLogContract('InMemoryAuditLog', () => {
    const log = new InMemoryAuditLog();
    return { log, breakWrites: () => log.failAppends() };
  });
});
